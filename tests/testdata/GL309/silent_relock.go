package gl309

import "sync"

// The loop takes the mutex only on its way out: after that receive it never receives again.
type Closer struct {
	mu     sync.Mutex
	stop   chan struct{}
	work   chan int
	closed bool
	n      int
}

func NewCloser() *Closer {
	c := &Closer{stop: make(chan struct{}), work: make(chan int)}
	go c.loop()
	return c
}

func (c *Closer) loop() {
	for {
		select {
		case <-c.stop:
			c.mu.Lock()
			c.closed = true
			c.mu.Unlock()
			return
		case w := <-c.work:
			c.n += w
		}
	}
}

func (c *Closer) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stop <- struct{}{}
}

// A buffered channel: the send does not wait for the receiver.
type Backlog struct {
	mu    sync.Mutex
	items chan int
	sum   int
}

func NewBacklog() *Backlog {
	q := &Backlog{items: make(chan int, 64)}
	go q.drain()
	return q
}

func (q *Backlog) drain() {
	for it := range q.items {
		q.mu.Lock()
		q.sum += it
		q.mu.Unlock()
	}
}

func (q *Backlog) Put(it int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items <- it
}

// The loop locks a different mutex than the sender holds.
type Split struct {
	sendMu  sync.Mutex
	stateMu sync.Mutex
	in      chan int
	total   int
}

func NewSplit() *Split {
	s := &Split{in: make(chan int)}
	go s.loop()
	return s
}

func (s *Split) loop() {
	for v := range s.in {
		s.stateMu.Lock()
		s.total += v
		s.stateMu.Unlock()
	}
}

func (s *Split) Send(v int) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	s.in <- v
}
