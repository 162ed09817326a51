package gl301

import "sync"

// The lock is handed to a goroutine through a wrapper that runs the closure it is given.
type opener struct {
	mu  sync.Mutex
	err error
}

func (o *opener) Open(dial func() error) {
	o.mu.Lock()
	go safely(func() {
		defer o.mu.Unlock()
		o.err = dial()
	})
}

func safely(fn func()) {
	defer func() { _ = recover() }()
	fn()
}
