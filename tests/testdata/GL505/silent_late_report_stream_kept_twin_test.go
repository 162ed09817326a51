package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"io"
	"net"
	"testing"
)

// greet writes to the connection it is handed: the write can fail (a reset), late.
func greet(w io.Writer) error {
	_, err := w.Write([]byte("hello"))
	return err
}

func TestGreetWrites(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := greet(c); err != nil {
			t.Errorf("greet: %v", err)
		}
	}()
}
