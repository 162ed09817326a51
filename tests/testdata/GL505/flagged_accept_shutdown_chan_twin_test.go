package gl505

import (
	"net"
	"testing"
)

// The listener is closed before shutdown is: the Accept error of the closing can take the default,
// after the test has returned.
func startEchoServer2(t *testing.T) (func(), string) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	shutdown := make(chan struct{})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				select {
				case <-shutdown:
				default:
					t.Error("accept:", err) // want `t\.Error may run after the test returns`
				}
				return
			}
			c.Close()
		}
	}()
	return func() { l.Close(); close(shutdown) }, l.Addr().String()
}

func TestEchoServer2(t *testing.T) {
	stop, addr := startEchoServer2(t)
	defer stop()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
