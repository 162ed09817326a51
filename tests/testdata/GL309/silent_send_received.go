package gl309

import "sync"

type feedSlot struct {
	result chan int
}

// The twin: the slot's channel is read by a goroutine of the package that does not
// take the mutex, so a send holding f.mu completes when it receives.
type feed struct {
	mu    sync.Mutex
	slots []*feedSlot
	out   func(int)
}

func (f *feed) add() {
	s := &feedSlot{result: make(chan int)}
	f.mu.Lock()
	f.slots = append(f.slots, s)
	f.mu.Unlock()
	go func() {
		for v := range s.result {
			f.out(v)
		}
	}()
}

func (f *feed) publish(v int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.slots {
		s.result <- v
	}
}

func (f *feed) stopAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.slots {
		close(s.result)
	}
	f.slots = nil
}
