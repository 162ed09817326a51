package gl301

import (
	"errors"
	"sync"
)

var errConnClosed = errors.New("closed")

type rpcClient struct {
	mu     sync.RWMutex
	cancel func()
	conn   int
}

type remoteConn struct {
	client *rpcClient
	mu     sync.Mutex
	conn   int
}

// acquireRemote retries until the client is closed; it returns, on its only way
// out, still holding the read lock it releases between tries, and no caller
// nor any other function ever releases it: the next writer blocks forever.
func (r *remoteConn) acquireRemote() error {
	for {
		r.client.mu.RLock()
		closed := r.client.cancel == nil
		r.mu.Lock()
		r.conn = r.client.conn
		r.mu.Unlock()
		if closed {
			return errConnClosed // want `return with r\.client\.mu locked`
		}
		r.client.mu.RUnlock()
	}
}

func (r *remoteConn) get() error {
	return r.acquireRemote()
}

func (c *rpcClient) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cancel = nil
}
