package gl309

import "sync"

// The receiver locks first; one sender sends holding the lock, another without it.
type Notifier struct {
	mu      sync.Mutex
	pending int
	wake    chan int
}

func NewNotifier() *Notifier {
	n := &Notifier{wake: make(chan int)}
	go n.loop()
	return n
}

// loop runs for the lifetime of the process.
func (n *Notifier) loop() {
	for {
		n.mu.Lock()
		v := <-n.wake
		n.pending -= v
		n.mu.Unlock()
	}
}

func (n *Notifier) Notify(v int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.pending += v
	n.wake <- v // want `send on n\.wake waits holding n\.mu, which every receiver needs`
}

func (n *Notifier) Reset() {
	n.wake <- 0
}
