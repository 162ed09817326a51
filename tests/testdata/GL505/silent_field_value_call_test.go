package gl505

import (
	"net"
	"os"
	"strconv"
	"testing"
	"time"
)

type dialOpts struct {
	timeout time.Duration
	mode    int
	port    int
}

// modeOf reads a file (the read can fail) but gives back only a number:
// it makes no error of its caller.
func modeOf(path string) int {
	if _, err := os.ReadFile(path); err != nil {
		return 0
	}
	return 1
}

// newDialOpts keeps modeOf's number in a field; its only error is the
// parse of the port, the same on every run.
func newDialOpts(path, port string) (*dialOpts, error) {
	p, err := strconv.Atoi(port)
	if err != nil {
		return nil, err
	}
	o := &dialOpts{timeout: time.Second, mode: modeOf(path), port: p}
	return o, nil
}

func TestDialOptsMode(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	done := make(chan struct{})
	go func() {
		o, err := newDialOpts(c.LocalAddr().String(), "8080")
		if err != nil {
			t.Fatal(err)
		}
		_ = o
		close(done)
	}()
	<-done
}
