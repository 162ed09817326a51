package gl301

import (
	"errors"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	items map[string]int
}

func (r *registry) Add(name string, v int) error {
	r.mu.Lock()
	if _, dup := r.items[name]; dup {
		return errors.New("duplicate " + name) // want `return with r.mu locked`
	}
	r.items[name] = v
	r.mu.Unlock()
	return nil
}
