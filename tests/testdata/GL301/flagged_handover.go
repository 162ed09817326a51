package gl301

import "sync"

// The closure handed to the goroutine's wrapper does not release the lock: nothing does on that path.
type dialer struct {
	mu  sync.Mutex
	err error
}

func (d *dialer) Open(dial func() error, async bool) error {
	d.mu.Lock()
	if !async {
		d.err = dial()
		d.mu.Unlock()
		return d.err
	}
	go guarded(func() {
		d.err = dial()
	})
	return nil // want `return with d\.mu locked`
}

func guarded(fn func()) {
	defer func() { _ = recover() }()
	fn()
}
