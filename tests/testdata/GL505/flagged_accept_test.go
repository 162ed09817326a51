package gl505

import (
	"net"
	"strings"
	"testing"
)

// Closed when the test returns: the goroutine's Accept then fails and reports,
// maybe after the test has completed.
func TestAcceptClosedLate(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				t.Errorf("Accept: %v", err) // want `t\.Errorf may run after the test returns`
				return
			}
			c.Close()
		}
	}()
}

// A report after the accept does not depend on the listener; the test talks to the goroutine after
// starting it, which may wait for it.
func TestReadLate(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		if _, err := c.Write([]byte("hi")); err != nil {
			t.Errorf("write: %v", err) // (silent: the test dials and reads after the go statement)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// The filter leaves out a timeout, not the close: the closing error is reported, after the test.
func TestAcceptLoopWrongFilter(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				if !strings.Contains(err.Error(), "timeout") {
					t.Error(err) // want `t\.Error may run after the test returns`
				}
				return
			}
			conn.Close()
		}
	}()
}

// The listener is the caller's, which closes it when the test ends: Accept then fails, maybe after the
// test; the goroutine is a helper's, whose return does not end the test, and goleash stays silent.
func serveOn(t *testing.T, lis net.Listener) {
	go func() {
		conn, err := lis.Accept()
		if err != nil {
			t.Errorf("accept: %v", err) // (silent: started by a helper)
			return
		}
		conn.Close()
	}()
}

func TestServeOn(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	serveOn(t, lis)
}

// Leaving early on another error leaves the closing to the report.
func TestAcceptOtherLeave(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				if strings.Contains(err.Error(), "timeout") {
					return
				}
				t.Errorf("Accept: %v", err) // want `t\.Errorf may run after the test returns`
				return
			}
			c.Close()
		}
	}()
}

// Accept on a listener nothing closes still fails when the process runs out of
// file descriptors (EMFILE: Serve retries it, Accept returns it): the Fatal then
// ends only the goroutine, and the test waits for a reply that never comes.
func TestAcceptNeverClosedFatal(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		c.Close()
		close(done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	<-done
}

// Closed inside the loop: the next Accept fails, maybe once the test is over.
func acceptOnceThenClose(t *testing.T, run func(net.Conn)) net.Addr {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				t.Errorf("accept: %v", err) // (silent: started by a helper)
				return
			}
			go run(c)
			_ = l.Close()
		}
	}()
	return l.Addr()
}

var _ = acceptOnceThenClose // (run by a test)
