package gl310

// The twin: after waking, the first byte is taken without a new test.
func (p *bytePipe) ReadByte() (byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.buf) == 0 {
		p.wait.Wait() // want `p\.wait\.Wait\(\) under an if, not a loop`
		if p.closed != nil {
			return 0, p.closed
		}
	}
	c := p.buf[0]
	p.buf = p.buf[1:]
	return c, nil
}
