package rt

import (
	"errors"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	items map[string]int
}

func NewRegistry() *Registry { return &Registry{items: map[string]int{}} }

// Add registers name once.
func (r *Registry) Add(name string, v int) error {
	r.mu.Lock()
	if _, dup := r.items[name]; dup {
		return errors.New("duplicate " + name) // want `return with r.mu locked`
	}
	r.items[name] = v
	r.mu.Unlock()
	return nil
}
