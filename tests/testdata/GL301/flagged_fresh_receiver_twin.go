package gl301

import (
	"bufio"
	"io"
	"net"
	"sync"
)

// The wrapper is kept and read again: the next read's Lock waits for the one left held.
type lineConn struct {
	mtx  sync.Mutex
	conn net.Conn
}

func wrapLine(c net.Conn) *lineConn { return &lineConn{conn: c} }

func (lc *lineConn) readLine() ([]byte, error) {
	lc.mtx.Lock()
	buf := make([]byte, 4)
	if _, err := io.ReadFull(bufio.NewReader(lc.conn), buf); err != nil {
		return nil, err // want "return with lc.mtx locked"
	}
	lc.mtx.Unlock()
	return buf, nil
}

func readTwice(c net.Conn) error {
	lc := wrapLine(c)
	if _, err := lc.readLine(); err != nil {
		return err
	}
	_, err := lc.readLine()
	return err
}
