package gl301

import (
	"io"
	"sync"
)

// The field holds a *sync.Mutex: handing the field on hands the mutex itself, and the writer it is
// given to unlocks it when it is closed. The lock held at the return belongs to that writer.
type lockedWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newLockedWriter(l *sync.Mutex, w io.WriteCloser) lockedWriter {
	return lockedWriter{WriteCloser: w, l: l}
}

func (w lockedWriter) Close() error {
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

type framedConn struct {
	next        func() (io.WriteCloser, error)
	writeLocker *sync.Mutex
}

func (c *framedConn) NextWriter() (io.WriteCloser, error) {
	c.writeLocker.Lock()
	w, err := c.next()
	if err != nil {
		c.writeLocker.Unlock()
		return nil, err
	}
	return newLockedWriter(c.writeLocker, w), nil
}
