package gl402

import "sync"

// A reconnect loop makes the connection's quit channel anew each turn, before the goroutine that
// closes it, and waits for that goroutine before the next turn: each close closes its own channel.
type session struct {
	quit     chan struct{}
	attempts int
}

func (s *session) dial() bool {
	s.attempts++
	return s.attempts <= 3
}

func (s *session) serve() {
	for s.dial() {
		s.quit = make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			<-s.quit
		}()
		go func() {
			defer wg.Done()
			defer close(s.quit)
		}()
		wg.Wait()
	}
}
