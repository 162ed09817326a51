package gl502

import "sync"

// A channel with two slots: two goroutines at a time get past Lock, and both write counter at once.
type chanSlots struct {
	ch chan struct{}
}

func newChanSlots() *chanSlots {
	return &chanSlots{ch: make(chan struct{}, 2)}
}

func (m *chanSlots) Lock() {
	m.ch <- struct{}{}
}

func (m *chanSlots) Unlock() {
	select {
	case <-m.ch:
	default:
		panic("unlock of unlocked chanSlots")
	}
}

func countAllSlots(workers, turns int) int {
	m := newChanSlots()
	counter := 0
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for j := 0; j < turns; j++ {
				m.Lock()
				counter++ // want `data race on counter: written here with no mutex held`
				m.Unlock()
			}
		}()
	}
	wg.Wait()
	return counter
}
