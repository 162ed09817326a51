package gl304

import (
	"os"
	"time"
)

// Locker is any lock: a file lock, a shared-memory lock, a sync.Mutex.
type Locker interface {
	Lock()
	Unlock()
}

type pod struct {
	lock    Locker
	inBatch bool
	state   int
}

// Batch runs fn on a copy of p flagged as in a batch, while it holds p's lock.
func (p *pod) Batch(fn func(*pod) error) error {
	p.lock.Lock()
	defer p.lock.Unlock()
	inner := *p
	inner.inBatch = true
	return fn(&inner)
}

// Attach locks p unless the batch that flagged it already holds the lock, and lets it go before the
// long stream.
func (p *pod) Attach(stream func() error) error {
	if !p.inBatch {
		p.lock.Lock()
	}
	if p.state == 0 {
		p.state = 1
	}
	p.lock.Unlock()
	return stream()
}

// removeBundle must be called with p locked; it lets the lock go while it waits for other processes.
func (p *pod) removeBundle(path string) (err error) {
	for i := 0; i < 50; i++ {
		if err = os.RemoveAll(path); err == nil {
			return nil
		}
		if !p.inBatch {
			p.lock.Unlock()
		}
		time.Sleep(time.Millisecond)
		if !p.inBatch {
			p.lock.Lock()
		}
	}
	return err
}
