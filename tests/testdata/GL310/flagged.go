package gl310

import "sync"

type Latch struct {
	mu sync.Mutex
	c  *sync.Cond
}

func (l *Latch) Wait() {
	l.mu.Lock()
	l.c.Wait() // want `l\.c\.Wait\(\) checks no condition`
	l.mu.Unlock()
}

func (l *Latch) Open() {
	l.c.Broadcast()
}

// The goroutine may signal before the Wait: nothing remembers it.
func startAndWait(work func()) {
	var mu sync.Mutex
	done := sync.NewCond(&mu)
	go func() {
		work()
		done.Signal()
	}()
	mu.Lock()
	done.Wait() // want `done\.Wait\(\) may miss the goroutine's Signal and block forever`
	mu.Unlock()
}
