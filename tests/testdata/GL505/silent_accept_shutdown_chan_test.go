package gl505

import (
	"net"
	"testing"
)

// The closer the helper hands back closes shutdown before the listener, and the accept loop reports
// only in the select's default: the Accept error of the closing is never reported.
func startEchoServer(t *testing.T) (func(), string) {
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
					t.Error("accept:", err)
				}
				return
			}
			c.Close()
		}
	}()
	return func() { close(shutdown); l.Close() }, l.Addr().String()
}

func TestEchoServer(t *testing.T) {
	stop, addr := startEchoServer(t)
	defer stop()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
