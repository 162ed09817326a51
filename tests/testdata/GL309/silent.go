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
