package gl202

import (
	"net"
	"sync"
)

type relayServer struct {
	wg sync.WaitGroup
}

// The goroutine the session hands its count to says Done only when the read succeeds.
func (s *relayServer) handle(c net.Conn) {
	if err := handshake(c); err != nil {
		c.Close()
		s.wg.Done()
		return
	}
	go func() {
		buf := make([]byte, 1)
		if _, err := c.Read(buf); err != nil {
			return
		}
		c.Close()
		s.wg.Done()
	}()
}

func (s *relayServer) serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			break
		}
		s.wg.Add(1)
		go s.handle(c) // want `goroutine handle can return without calling s\.wg\.Done\(\)`
	}
	s.wg.Wait()
}
