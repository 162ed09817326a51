package gl307

import "sync"

// The same shape, but the other side holds the mutex the handshake takes (out, not in): handshake holds
// handshakeMutex and waits for out; Flush holds out and waits for handshakeMutex.
type wconn struct {
	handshakeMutex sync.Mutex
	in, out        halfConn
	done           bool
}

func (c *wconn) writeRecord() {
	c.out.Lock()
	defer c.out.Unlock()
	c.out.seq++
}

func (c *wconn) handshake() {
	c.handshakeMutex.Lock()
	defer c.handshakeMutex.Unlock()
	if c.done {
		return
	}
	c.writeRecord() // want `lock order inversion: halfConn\.Mutex taken while holding wconn\.handshakeMutex`
	c.done = true
}

func (c *wconn) markDone() {
	c.handshakeMutex.Lock()
	c.done = true
	c.handshakeMutex.Unlock()
}

func (c *wconn) Flush() {
	c.out.Lock()
	defer c.out.Unlock()
	c.out.seq++
	c.markDone() // want `lock order inversion: wconn\.handshakeMutex taken while holding halfConn\.Mutex`
}
