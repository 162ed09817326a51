package gl202

import (
	"net"
	"sync"
)

type sessionServer struct {
	wg       sync.WaitGroup
	sessions map[net.Conn]bool
}

func handshake(c net.Conn) error { return nil }

// Each early return says Done; the session that starts hands its count to the goroutine that waits for
// the connection's end, which says Done on every way it ends.
func (s *sessionServer) handle(c net.Conn) {
	if err := handshake(c); err != nil {
		c.Close()
		s.wg.Done()
		return
	}
	go func() {
		buf := make([]byte, 1)
		c.Read(buf)
		c.Close()
		s.wg.Done()
	}()
}

func (s *sessionServer) serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			break
		}
		s.wg.Add(1)
		go s.handle(c)
	}
	s.wg.Wait()
}
