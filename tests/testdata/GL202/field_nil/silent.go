package fieldnil

import (
	"net"
	"sync"
)

// pipeConn is handed out before its connection arrives: Read waits until the accepting goroutine
// either stores the connection or gives up (Close, with con still nil, releases the waiters).
type pipeConn struct {
	l    net.Listener
	con  net.Conn
	wg   sync.WaitGroup
	once sync.Once
}

func (c *pipeConn) Read(p []byte) (int, error) {
	c.wg.Wait()
	if c.con != nil {
		return c.con.Read(p)
	}
	return 0, net.ErrClosed
}

func (c *pipeConn) release() {
	defer c.once.Do(func() {
		c.wg.Done()
	})
}

func (c *pipeConn) Close() error {
	_ = c.l.Close()
	if c.con != nil {
		return c.con.Close()
	}
	c.release()
	return nil
}

func openPipe(l net.Listener) (_ *pipeConn, retErr error) {
	c := &pipeConn{
		l: l,
	}
	c.wg.Add(1)
	defer func() {
		if retErr != nil {
			_ = c.Close()
		}
	}()
	go func() {
		conn, err := l.Accept()
		if err != nil {
			_ = c.Close() // c.con is still nil here: Close releases the waiters
			return
		}
		c.con = conn
		c.release()
	}()
	return c, nil
}
