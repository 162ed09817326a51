package rt

import "sync"

type Scanner struct {
	last string
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
