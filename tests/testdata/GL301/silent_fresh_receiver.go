package gl301

import (
	"bufio"
	"errors"
	"io"
	"net"
	"sync"
)

// frameConn wraps a connection for one read: every call of read is on a value made for that call.
type frameConn struct {
	mtx  sync.Mutex
	conn net.Conn
}

func wrapFrame(c net.Conn) *frameConn { return &frameConn{conn: c} }

func (fc *frameConn) readFrame() ([]byte, error) {
	if fc.conn == nil {
		return nil, errors.New("nil connection")
	}
	fc.mtx.Lock()
	buf := make([]byte, 4)
	if _, err := io.ReadFull(bufio.NewReader(fc.conn), buf); err != nil {
		return nil, err
	}
	fc.mtx.Unlock()
	return buf, nil
}

func handleFrame(c net.Conn) ([]byte, error) {
	return wrapFrame(c).readFrame()
}

func emptyFrame() ([]byte, error) {
	return (&frameConn{}).readFrame()
}
