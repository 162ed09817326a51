package gl309

import "sync"

type keepaliveClient struct {
	mu      sync.Mutex
	awaken  chan struct{}
	streams int
}

// keepalive sleeps, holding mu, until a stream wakes it; the only waker tries
// its send without blocking, but only once it holds mu: it never gets there.
func (c *keepaliveClient) keepalive() {
	c.mu.Lock()
	if c.streams < 1 {
		<-c.awaken // want `receive from c\.awaken waits holding c\.mu, which every sender needs`
	}
	c.mu.Unlock()
}

func (c *keepaliveClient) newStream() {
	c.mu.Lock()
	c.streams++
	if c.streams == 1 {
		select {
		case c.awaken <- struct{}{}:
		default:
		}
	}
	c.mu.Unlock()
}

func newKeepaliveClient() *keepaliveClient {
	return &keepaliveClient{awaken: make(chan struct{})}
}
