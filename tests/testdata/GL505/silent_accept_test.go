package gl505

import (
	"errors"
	"io"
	"net"
	"strings"
	"testing"
)

// The listener is never closed: Accept either returns a connection or blocks, so the
// report cannot come after the test.
func TestServerWithoutPreface(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		conn, err := lis.Accept()
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		conn.Close()
	}()
	c, err := net.Dial("tcp", lis.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// Closed when the test ends, but the accept loop leaves net.ErrClosed out.
func TestAcceptLoop(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				if !errors.Is(err, net.ErrClosed) {
					t.Errorf("Accept: %v", err)
				}
				return
			}
			go c.Close()
		}
	}()
}

// The closed listener's error is left out by its message; err is tested right after the Accept
// (the later assignment cannot reach the test).
func TestAcceptLoopByMessage(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				if err != io.EOF && !strings.Contains(err.Error(), "use of closed network connection") {
					t.Error(err)
				}
				return
			}
			_, err = conn.Write([]byte("ok"))
			if err != nil {
				return
			}
			conn.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// The goroutine closes the listener itself once its accept loop is over: that
// close cannot make one of its Accepts fail.
func acceptSome(t *testing.T, num int, run func(net.Conn)) net.Addr {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for i := 0; i < num; i++ {
			c, err := l.Accept()
			if err != nil {
				t.Errorf("accept: %v", err)
				return
			}
			go run(c)
		}
		_ = l.Close()
	}()
	return l.Addr()
}
