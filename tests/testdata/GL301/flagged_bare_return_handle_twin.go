package gl301

import (
	"errors"
	"sync"
)

type sessionTableLeaky struct {
	mu       sync.Mutex
	sessions map[string]*string
}

// lockSession keeps t.mu on the way out through its bare return, and nothing else in the package
// releases it.
func (t *sessionTableLeaky) lockSession(id string) (sess *string, err error) {
	t.mu.Lock()
	sess, ok := t.sessions[id]
	if !ok {
		t.mu.Unlock()
		err = errors.New("no session")
		return
	}
	return // want `return with t\.mu locked`
}
