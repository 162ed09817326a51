package gl505

import (
	"io"
	"net"
	"testing"
)

// The deferred drain reads a pipe the goroutine never closes: it waits on
// the test's own close of side, not on the goroutine.
func TestMatchGreetingOtherPipe(t *testing.T) {
	in, out := net.Pipe()
	side, sink := net.Pipe()
	defer func() {
		_ = side.Close()
		_, _ = io.Copy(io.Discard, sink)
	}()
	go func() {
		_, err := in.Write([]byte("HELLO\n"))
		if err != nil {
			t.Errorf("write: %v", err) // want `t\.Errorf may run after the test returns`
		}
		_ = in.Close()
	}()
	ok, err := matchGreeting(out)
	if err != nil || !ok {
		t.Fatalf("no match: %v", err)
	}
	_ = out.Close()
}
