package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
					t.Error("accept:", err)
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
