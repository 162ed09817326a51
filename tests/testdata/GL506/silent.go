package gl506

import "sync"

type Worker struct {
	n    int
	done bool
}

// Each goroutine writes the worker of its own iteration.
func StartAll(ws []*Worker) {
	for _, w := range ws {
		go func(w *Worker) {
			w.n++
		}(w)
	}
}

// Written under the mutex the other side holds too.
func (s *Scanner) Locked(files []string) {
	for _, f := range files {
		go func(f string) {
			s.mu.Lock()
			s.last = f
			s.mu.Unlock()
		}(f)
	}
}

// The parent waits before reading.
func (s *Scanner) Wait(f string) string {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.last = f
	}()
	wg.Wait()
	return s.last
}

// Each iteration waits for its goroutine.
func (s *Scanner) OneAtATime(files []string) {
	for _, f := range files {
		done := make(chan struct{})
		go func(f string) {
			s.last = f
			close(done)
		}(f)
		<-done
	}
}

func (s *Scanner) lockedInc() {
	s.mu.Lock()
	s.count++
	s.mu.Unlock()
}

// Both methods lock.
func (s *Scanner) Twice() {
	go s.lockedInc()
	go s.lockedInc()
}
