package gl301

import (
	"io"
	"sync"
)

// The field is a sync.Mutex value: what the writer is handed is a copy of the struct's other field,
// not the mutex locked here, so the lock stays held.
type auditWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newAuditWriter(l *sync.Mutex, w io.WriteCloser) auditWriter {
	return auditWriter{WriteCloser: w, l: l}
}

type auditConn struct {
	next    func() (io.WriteCloser, error)
	writeMu sync.Mutex
	auditMu *sync.Mutex
}

func (c *auditConn) NextWriter() (io.WriteCloser, error) {
	c.writeMu.Lock()
	w, err := c.next()
	if err != nil {
		c.writeMu.Unlock()
		return nil, err
	}
	return newAuditWriter(c.auditMu, w), nil // want `return with c\.writeMu locked: c\.writeMu\.Unlock\(\) is skipped on this path`
}
