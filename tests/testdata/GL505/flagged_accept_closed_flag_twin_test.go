package gl505

import (
	"net"
	"sync"
	"testing"
)

// The flag is set only after the close: the Accept error of the closing can
// be reported, after the test has returned.
func TestProxyFlagAfterClose(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	var (
		mu     sync.Mutex
		closed bool
	)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				mu.Lock()
				if !closed {
					t.Error(err) // want `t\.Error may run after the test returns`
				}
				mu.Unlock()
				return
			}
			c.Close()
		}
	}()
	mu.Lock()
	l.Close()
	closed = true
	mu.Unlock()
}
