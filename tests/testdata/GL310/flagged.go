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
