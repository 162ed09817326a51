package gl506

import "sync"

type Scanner struct {
	mu    sync.Mutex
	last  string
	count int
	err   error
}

func (s *Scanner) ScanAll(files []string) {
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			s.last = f // want `data race: s.last is written by every goroutine this loop starts`
		}(f)
	}
	wg.Wait()
}

func (s *Scanner) Start(f string) string {
	go func() {
		s.last = f // want `data race: s.last is written in this goroutine while the function that started it reads it without waiting`
	}()
	return s.last
}

func (s *Scanner) collect() { s.count++ }
func (s *Scanner) reset()   { s.count = 0 }

func (s *Scanner) Both() {
	go s.collect()
	go s.reset() // want `data race: s.count is written by both goroutines started here \(Scanner.collect and Scanner.reset\)`
}

var lastRun string

func RunAll(names []string) {
	for _, n := range names {
		go func(n string) {
			lastRun = n // want `data race: lastRun is written by every goroutine this loop starts`
		}(n)
	}
}
