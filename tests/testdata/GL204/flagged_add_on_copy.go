package gl204

import "sync"

type server struct{ shutdown sync.WaitGroup }

// Add and Done on the copy: the caller's Wait does not wait for f.
func (s *server) startWG(f func(), wg sync.WaitGroup) { // want `sync\.WaitGroup passed by value\. Add and Done act on a copy, so the caller's Wait returns at once`
	wg.Add(1)
	go func() {
		f()
		wg.Done()
	}()
}

func (s *server) run(loop func()) {
	s.startWG(loop, s.shutdown)
	s.shutdown.Wait()
}
