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

// Each method holds a mutex, but not the same one.
type Meter struct {
	inMu, outMu sync.Mutex
	total       int
}

func (m *Meter) in()  { m.inMu.Lock(); m.total++; m.inMu.Unlock() }
func (m *Meter) out() { m.outMu.Lock(); m.total--; m.outMu.Unlock() }

func (m *Meter) Flow() {
	go m.in()
	go m.out() // want `data race on m\.total: both goroutines started here write it\. Meter\.in and Meter\.out run at once, with no common mutex held`
}
