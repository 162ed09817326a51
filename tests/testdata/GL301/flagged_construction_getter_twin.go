package gl301

import "sync"

// The getter's field is also set after construction (setAsync): between the two tests it may
// change, and the Lock is then left held.

type asyncOpts struct {
	async bool
}

func (a *asyncOpts) isAsync() bool { return a.async }

func (a *asyncOpts) setAsync(v bool) { a.async = v }

type asyncStream struct {
	opts *asyncOpts
	mu   sync.Mutex
	n    int
}

func (s *asyncStream) write(p []byte) int {
	if s.opts.isAsync() {
		s.mu.Lock()
	}
	s.n += len(p)
	if s.opts.isAsync() {
		s.mu.Unlock() // want `s.mu may not be locked when this Unlock runs`
	}
	return len(p) // want `return with s.mu locked`
}
