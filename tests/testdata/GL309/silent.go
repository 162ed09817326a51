package gl309

import "sync"

// The receiver does not need the mutex: the send completes.
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
	q.items <- v
}

// Buffered: the send does not wait for the receiver.
type Log struct {
	mu    sync.Mutex
	lines chan string
}

func NewLog() *Log {
	l := &Log{lines: make(chan string, 64)}
	go l.flush()
	return l
}

// flush runs for the lifetime of the process.
func (l *Log) flush() {
	for {
		l.mu.Lock()
		<-l.lines
		l.mu.Unlock()
	}
}

func (l *Log) Add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines <- s
}

// A select with another case does not block forever.
type Bus struct {
	mu   sync.Mutex
	msgs chan int
	stop chan struct{}
}

func NewBus() *Bus {
	b := &Bus{msgs: make(chan int), stop: make(chan struct{})}
	go b.loop()
	return b
}

// loop runs for the lifetime of the process.
func (b *Bus) loop() {
	for {
		b.mu.Lock()
		<-b.msgs
		b.mu.Unlock()
	}
}

func (b *Bus) Send(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case b.msgs <- v:
	case <-b.stop:
	}
}

// Read locks on both sides: the receiver can take its read lock while the sender holds one.
type Snapshot struct {
	mu    sync.RWMutex
	gen   int
	reads chan int
}

func NewSnapshot() *Snapshot {
	s := &Snapshot{reads: make(chan int)}
	go s.serve()
	return s
}

// serve runs for the lifetime of the process.
func (s *Snapshot) serve() {
	for {
		s.mu.RLock()
		<-s.reads
		s.mu.RUnlock()
	}
}

func (s *Snapshot) Read() {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.reads <- s.gen
}

// The receiver takes the lock after it receives: the send completes.
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
	r.out <- v
}

// The goroutine sends without the mutex the receiver holds: the send completes.
func handoffUnlocked(n int) int {
	var mu sync.Mutex
	total := 0
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	for i := 0; i < n; i++ {
		mu.Lock()
		total += <-ch
		mu.Unlock()
	}
	return total
}
