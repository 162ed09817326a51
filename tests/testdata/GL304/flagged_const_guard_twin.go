package gl304

import (
	"io"
	"sync"
)

const lockWrites = false

type journal struct {
	mu  sync.Mutex
	buf []byte
}

// The lock is taken under the constant, the unlock always: it unlocks a mutex never locked.
func (j *journal) flushTo(w io.Writer) (int, error) {
	if lockWrites {
		j.mu.Lock()
	}
	n, err := w.Write(j.buf)
	j.mu.Unlock() // want `j\.mu may not be locked when this Unlock runs`
	return n, err
}
