package gl301

import (
	"errors"
	"sync"
)

type wireConn struct {
	mu  sync.Mutex
	buf []byte
}

// acquire returns with c.mu held on success and hands it to the caller,
// which must Unlock the returned mutex.
func (c *wireConn) acquire(id byte) (lock *sync.Mutex, err error) {
	for {
		c.mu.Lock()
		if len(c.buf) == 0 {
			c.mu.Unlock()
			return nil, errors.New("empty")
		}
		if c.buf[0] == id {
			lock = &c.mu // ownership yielded to the caller
			break
		}
		c.mu.Unlock()
	}
	return
}

func (c *wireConn) Do(id byte) error {
	lock, err := c.acquire(id)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	c.buf = c.buf[1:]
	return nil
}
