package gl301

import (
	"errors"
	"sync"
)

type sessionTable struct {
	mu       sync.Mutex
	sessions map[string]*string
	clients  map[string]bool
}

// lockSession returns the client's session with t.mu held, through its named results, or an error
// without the lock; register, which releases it, is its caller.
func (t *sessionTable) lockSession(id string) (sess *string, err error) {
	t.mu.Lock()
	sess, ok := t.sessions[id]
	if !ok {
		t.mu.Unlock()
		err = errors.New("no session")
		return
	}
	return
}

func (t *sessionTable) register(id string) (*string, error) {
	sess, err := t.lockSession(id)
	if err != nil {
		return nil, err
	}
	defer t.mu.Unlock()
	t.clients[id] = true
	return sess, nil
}
