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

// The receiver locks the mutex after each receive: a second Push, holding it, waits for a
// receiver that waits for the mutex.
type Queue struct {
	mu    sync.Mutex
	n     int
	items chan int
}

func NewQueue() *Queue {
	q := &Queue{items: make(chan int)}
	go q.drain()
	return q
}

func (q *Queue) drain() {
	for it := range q.items {
		q.mu.Lock()
		q.n += it
		q.mu.Unlock()
	}
}

func (q *Queue) Push(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items <- v // want `send on q\.items can block forever while it holds q\.mu`
}

// The receiver takes the lock after it receives: one send completes, the next one holding
// the lock waits for a receiver that waits for the lock.
type Relay struct {
	mu  sync.Mutex
	n   int
	out chan int
}

func NewRelay() *Relay {
	r := &Relay{out: make(chan int)}
	go r.forward()
	return r
}

func (r *Relay) forward() {
	for v := range r.out {
		r.mu.Lock()
		r.n += v
		r.mu.Unlock()
	}
}

func (r *Relay) Put(v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out <- v // want `send on r\.out can block forever while it holds r\.mu`
}
