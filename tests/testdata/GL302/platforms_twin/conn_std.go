//go:build windows

package platforms

func (c *Conn) writeRaw(b []byte) (int, error) {
	c.sink = append(c.sink, b...)
	return len(b), nil
}
