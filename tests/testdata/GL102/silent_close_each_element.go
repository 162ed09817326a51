package gl102

import "sync"

type fanOut struct {
	chans []chan int
	done  chan struct{}
	wg    sync.WaitGroup
}

func (s *fanOut) work(ch chan int) {
	defer s.wg.Done()
	for v := range ch {
		_ = v
	}
}

// The stopper closes every worker's channel in a loop over them before it
// returns: no range is left waiting.
func newFanOut(n int) *fanOut {
	s := &fanOut{chans: make([]chan int, n), done: make(chan struct{})}
	s.wg.Add(n)
	for i := 0; i < n; i++ {
		s.chans[i] = make(chan int)
		go s.work(s.chans[i])
	}
	go func() {
		for {
			select {
			case <-s.done:
				for i := range s.chans {
					close(s.chans[i])
				}
				return
			}
		}
	}()
	return s
}
