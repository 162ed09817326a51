package gl310

import "sync"

type bytePipe struct {
	mu      sync.Mutex
	waiting bool
	wait    *sync.Cond
	buf     []byte
	closed  error
}

func newBytePipe() *bytePipe {
	p := &bytePipe{}
	p.wait = sync.NewCond(&p.mu)
	return p
}

func (p *bytePipe) Write(b []byte) {
	p.mu.Lock()
	p.buf = append(p.buf, b...)
	p.wait.Broadcast()
	p.mu.Unlock()
}

// Read waits once; after waking it tests the buffer again before it takes
// anything: an empty buffer gives (0, nil).
func (p *bytePipe) Read(out []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.buf) == 0 {
		if p.closed != nil {
			return 0, p.closed
		}
		p.waiting = true
		p.wait.Wait()
		p.waiting = false
		if len(p.buf) == 0 && p.closed != nil {
			return 0, p.closed
		}
	}
	var n int
	for len(p.buf) > 0 && n < len(out) {
		out[n] = p.buf[0]
		p.buf = p.buf[1:]
		n++
	}
	p.wait.Broadcast()
	return n, nil
}
