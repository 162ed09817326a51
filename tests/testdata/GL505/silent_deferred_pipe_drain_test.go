package gl505

import (
	"bufio"
	"errors"
	"io"
	"net"
	"testing"

	"example.com/layer4"
)

func matchGreeting(c net.Conn) (bool, error) {
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return false, err
	}
	return line == "HELLO\n", nil
}

func mustWrite(t *testing.T, err error) {
	t.Helper()
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatalf("write: %v", err)
	}
}

// The deferred drain reads out until the goroutine closes in: the test
// returns only after the goroutine's check.
func TestMatchGreetingDrained(t *testing.T) {
	in, out := net.Pipe()
	defer func() {
		_, _ = io.Copy(io.Discard, out)
		_ = out.Close()
	}()
	go func() {
		_, err := in.Write([]byte("HELLO\n"))
		mustWrite(t, err)
		_ = in.Close()
	}()
	ok, err := matchGreeting(layer4.WrapConnection(out))
	if err != nil || !ok {
		t.Fatalf("no match: %v", err)
	}
}
