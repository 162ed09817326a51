package gl307

import "sync"

// Two mutexes of one type in two fields of the same value (crypto/tls's Conn.in and Conn.out): the
// handshake takes handshakeMutex then out; Read takes in, then the handshake's mutex. No mutex is
// taken in both orders: in and out are different objects, whatever the connection.
type halfConn struct {
	sync.Mutex
	seq uint64
}

type tlsConn struct {
	handshakeMutex sync.Mutex
	in, out        halfConn
	done           bool
}

func (c *tlsConn) writeRecord() {
	c.out.Lock()
	defer c.out.Unlock()
	c.out.seq++
}

func (c *tlsConn) handshake() {
	c.handshakeMutex.Lock()
	defer c.handshakeMutex.Unlock()
	if c.done {
		return
	}
	c.writeRecord()
	c.done = true
}

func (c *tlsConn) Read() {
	c.in.Lock()
	defer c.in.Unlock()
	c.in.seq++
	c.handshake()
}
