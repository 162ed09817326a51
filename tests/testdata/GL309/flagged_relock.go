package gl309

import "sync"

// The loop locks s.mu after each receive; Publish sends holding it: a second Publish
// while the loop waits for s.mu blocks both forever.
type Feed struct {
	mu     sync.Mutex
	events chan int
	n      int
}

func NewFeed() *Feed {
	s := &Feed{events: make(chan int)}
	go s.loop()
	return s
}

func (s *Feed) loop() {
	for e := range s.events {
		s.mu.Lock()
		s.n += e
		s.mu.Unlock()
	}
}

func (s *Feed) Publish(e int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events <- e // want `send on s\.events can block forever while it holds s\.mu`
}

type Tally struct {
	mu    sync.Mutex
	reqs  chan int
	quit  chan struct{}
	total int
}

func NewTally() *Tally {
	h := &Tally{reqs: make(chan int), quit: make(chan struct{})}
	go h.run()
	return h
}

func (h *Tally) run() {
	for {
		select {
		case <-h.quit:
			return
		case r := <-h.reqs:
			h.handle(r)
		}
	}
}

func (h *Tally) handle(r int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.total += r
}

func (h *Tally) Add(r int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.reqs <- r // want `send on h\.reqs can block forever while it holds h\.mu`
}
