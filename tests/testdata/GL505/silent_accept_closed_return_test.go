package gl505

import (
	"errors"
	"io"
	"net"
	"testing"
)

// The accept loop leaves on net.ErrClosed before it reports: after the deferred ln.Close every
// Accept fails with it, so no report can come late.
func TestServeHello(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				if errors.Is(err, net.ErrClosed) {
					return
				}
				t.Errorf("accept: %v", err)
				return
			}
			conn.Write([]byte("hello"))
			conn.Close()
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if b, err := io.ReadAll(conn); err != nil || string(b) != "hello" {
		t.Fatalf("got %q, %v", b, err)
	}
}
