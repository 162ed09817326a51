package gl202

import (
	"sync"
	"sync/atomic"
)

// added is set on its own condition, not beside the Add: when the goroutine was counted but force is
// false, it skips Done and the Wait blocks forever.
type flagSubLoose struct {
	eosed  atomic.Bool
	stored sync.WaitGroup
	events chan int
}

func (s *flagSubLoose) dispatch(evt int, force bool) {
	added := false
	if !s.eosed.Load() {
		s.stored.Add(1)
	}
	if force {
		added = true
	}
	go func() {
		select {
		case s.events <- evt:
		default:
		}
		if added { // want `goroutine reaches its end after this without calling s\.stored\.Done\(\)`
			s.stored.Done()
		}
	}()
}

func (s *flagSubLoose) endOfStored() {
	if s.eosed.CompareAndSwap(false, true) {
		s.stored.Wait()
	}
}
