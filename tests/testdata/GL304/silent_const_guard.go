package gl304

import (
	"io"
	"sync"
)

const lockReads = false

type mapped struct {
	mu  sync.RWMutex
	buf []byte
}

// The read lock and its unlock sit under the same file constant: taken exactly when released.
func (m *mapped) writeTo(w io.Writer) (int, error) {
	if lockReads {
		m.mu.RLock()
	}
	n, err := w.Write(m.buf)
	if lockReads {
		m.mu.RUnlock()
	}
	return n, err
}
