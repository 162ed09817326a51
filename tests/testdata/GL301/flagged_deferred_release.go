package gl301

import "sync"

type asyncT struct {
	mu sync.Mutex
	n  int
}

func (s *asyncT) start(done func(error)) {
	go func() {
		s.n++
		done(nil)
	}()
}

// The callback only logs: nothing releases mu after the early check.
func (s *asyncT) Async(prep func() error, log func(error)) {
	if err := prep(); err != nil {
		return
	}
	s.mu.Lock()
	report := func(err error) {
		defer log(err)
	}
	s.start(report) // want `end of function with s\.mu locked`
}
