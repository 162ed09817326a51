package gl309

import "sync"

type wakeClient struct {
	mu      sync.Mutex
	wake    chan struct{}
	streams int
}

// The waker sends after it has released mu: the sleeper holding mu does not
// stop it.
func (c *wakeClient) sleep() {
	c.mu.Lock()
	if c.streams < 1 {
		<-c.wake
	}
	c.mu.Unlock()
}

func (c *wakeClient) newStream() {
	c.mu.Lock()
	c.streams++
	first := c.streams == 1
	c.mu.Unlock()
	if first {
		select {
		case c.wake <- struct{}{}:
		default:
		}
	}
}

func newWakeClient() *wakeClient {
	return &wakeClient{wake: make(chan struct{})}
}
