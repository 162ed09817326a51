package gl202

import (
	"sync"
	"sync/atomic"
)

// added is true exactly when dispatch counted the goroutine: set beside the Add and nowhere else, so the
// goroutine's ``if added { Done }`` pays every Add and skips Done only when nothing was added.
type flagSub struct {
	eosed  atomic.Bool
	stored sync.WaitGroup
	events chan int
}

func (s *flagSub) dispatch(evt int) {
	added := false
	if !s.eosed.Load() {
		s.stored.Add(1)
		added = true
	}
	go func() {
		select {
		case s.events <- evt:
		default:
		}
		if added {
			s.stored.Done()
		}
	}()
}

func (s *flagSub) endOfStored() {
	if s.eosed.CompareAndSwap(false, true) {
		s.stored.Wait()
	}
}
