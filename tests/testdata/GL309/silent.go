package gl309

import "sync"

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

// The receive is a select with another case that the Bus's Close takes without the mutex: the loop
// leaves it when closed, releasing b.mu.
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
		select {
		case <-b.msgs:
		case <-b.stop:
			b.mu.Unlock()
			return
		}
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

func (b *Bus) Close() { close(b.stop) }

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
