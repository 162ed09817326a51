package gl102

// The stopper skips the workers it thinks idle: their ranges wait for a
// close that never comes.
func newFanOutSkipping(n int, idle func(int) bool) *fanOut {
	s := &fanOut{chans: make([]chan int, n), done: make(chan struct{})}
	s.wg.Add(n)
	for i := 0; i < n; i++ {
		s.chans[i] = make(chan int)
		go s.work(s.chans[i])
	}
	go func() {
		<-s.done
		for i := range s.chans {
			if idle(i) {
				return // want `goroutine returns here without closing s.chans`
			}
			close(s.chans[i])
		}
	}()
	return s
}
