package fieldnil

import "net"

// The options given carry a connection: Close may find it set and return without releasing.
func openDialedPipe(l net.Listener, first net.Conn) *lazyPipe {
	c := newLazyPipe(&pipeOpts{l: l, peer: first})
	c.wg.Add(1)
	go func() {
		conn, err := l.Accept()
		if err != nil {
			_ = c.Close()
			return // want `goroutine returns here without calling c.wg.Done\(\)`
		}
		_ = conn.Close()
		c.release()
	}()
	return c
}
