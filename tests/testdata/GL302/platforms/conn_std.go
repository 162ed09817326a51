//go:build windows

package platforms

func (c *Conn) writeRaw(b []byte) (int, error) {
	c.sink = append(c.sink, b...)
	if len(c.sink) > 1<<20 {
		c.Close()
	}
	return len(b), nil
}
