package gl505

import (
	"net"
	"testing"
	"time"
)

type dialPlan struct {
	timeout time.Duration
	mode    int
}

// planMode writes to the connection it is handed, and says when that failed.
func planMode(c net.Conn, s string) (int, error) {
	if _, err := c.Write([]byte(s)); err != nil {
		return 0, err
	}
	return 1, nil
}

// newDialPlan passes planMode's error up.
func newDialPlan(c net.Conn, s string) (*dialPlan, error) {
	m, err := planMode(c, s)
	if err != nil {
		return nil, err
	}
	return &dialPlan{timeout: time.Second, mode: m}, nil
}

func TestDialPlanMode(t *testing.T) {
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
		p, err := newDialPlan(c, "x")
		if err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine: the test then hangs`
		}
		_ = p
		close(done)
	}()
	<-done
}
