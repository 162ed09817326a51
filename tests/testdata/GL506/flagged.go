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
			s.last = f // want `data race on s\.last: every goroutine of this loop writes it`
		}(f)
	}
	wg.Wait()
}

func (s *Scanner) Start(f string) string {
	go func() {
		s.last = f // want `data race on s\.last: written here, read by the starter meanwhile`
	}()
	return s.last
}

func (s *Scanner) collect() { s.count++ }
func (s *Scanner) reset()   { s.count = 0 }

func (s *Scanner) Both() {
	go s.collect()
	go s.reset() // want `data race on s\.count: both goroutines started here write it`
}

var lastRun string

func RunAll(names []string) {
	for _, n := range names {
		go func(n string) {
			lastRun = n // want `data race on lastRun: every goroutine of this loop writes it`
		}(n)
	}
}
