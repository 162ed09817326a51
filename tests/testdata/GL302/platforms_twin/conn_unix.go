//go:build linux || darwin

package platforms

import "sync"

type Conn struct {
	mux  sync.Mutex
	fd   int
	sink []byte
}

// Here the unix writeRaw itself closes the connection on overflow: Close
// locks c.mux while Write holds it.
func (c *Conn) writeRaw(b []byte) (int, error) {
	c.sink = append(c.sink, b...)
	if len(c.sink) > 1<<20 {
		c.Close()
	}
	return len(b), nil
}

func (c *Conn) Write(b []byte) (int, error) {
	c.mux.Lock()
	defer c.mux.Unlock()
	return c.writeRaw(b) // want `locks c.mux`
}

func (c *Conn) Close() error {
	c.mux.Lock()
	c.fd = -1
	c.mux.Unlock()
	return nil
}
