package gl505

import (
	"net"
	"net/http"
	"testing"
)

// One Accept on a listener the test dials: it may have taken the test's
// connection before the deferred close, and then never fails.
func TestAcceptDialedDeferredClose(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			t.Error(err)
			return
		}
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// The server is closed in the test's flow, not as it returns, and the test
// talks to it first: nothing shows the close after the test's end.
func TestServeClosedMidway(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		if err := s.Serve(ln); err != nil && err != http.ErrServerClosed {
			t.Errorf("serve: %v", err)
		}
	}()
	resp, err := http.Get("http://" + ln.Addr().String())
	if err == nil {
		resp.Body.Close()
	}
	s.Close()
}

// Every turn of the loop waits for the goroutine it started to say it is done.
func TestLoopReceives(t *testing.T) {
	ready := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func(v int) {
			checkPositive(t, v)
			ready <- struct{}{}
		}(i)
		<-ready
	}
}
