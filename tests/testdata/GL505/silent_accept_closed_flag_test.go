package gl505

import (
	"net"
	"sync"
	"testing"
)

// The loop reports an Accept error only while closed is false, and the test
// sets it before it closes the listener: the error of the closing is not
// reported, late or not.
func TestProxyClosedFlag(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	var (
		mu     sync.Mutex
		conns  []net.Conn
		closed bool
	)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				mu.Lock()
				if !closed {
					t.Error(err)
				}
				mu.Unlock()
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()

	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c.Close()

	mu.Lock()
	closed = true
	if err := l.Close(); err != nil {
		t.Log(err)
	}
	for _, c := range conns {
		c.Close()
	}
	mu.Unlock()
}
