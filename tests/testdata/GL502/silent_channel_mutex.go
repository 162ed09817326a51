package gl502

import "sync"

// A mutex made of a channel with one slot: Lock fills the slot, Unlock empties it. One goroutine at a
// time holds it between the two calls, as it would hold a sync.Mutex.
type chanMutex struct {
	ch chan struct{}
}

func newChanMutex() *chanMutex {
	return &chanMutex{ch: make(chan struct{}, 1)}
}

func (m *chanMutex) Lock() {
	m.ch <- struct{}{}
}

func (m *chanMutex) Unlock() {
	select {
	case <-m.ch:
	default:
		panic("unlock of unlocked chanMutex")
	}
}

func countAll(workers, turns int) int {
	m := newChanMutex()
	counter := 0
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for j := 0; j < turns; j++ {
				m.Lock()
				counter++
				m.Unlock()
			}
		}()
	}
	wg.Wait()
	return counter
}
