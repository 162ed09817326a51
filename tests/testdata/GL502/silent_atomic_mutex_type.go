package gl502

import (
	"sync"
	"sync/atomic"
)

// spinMutex is a mutex of the package's own, made of an atomic counter and
// a one-slot channel to wait on.
type spinMutex struct {
	v  int32
	ch chan struct{}
}

func newSpinMutex() *spinMutex {
	return &spinMutex{v: 1, ch: make(chan struct{}, 1)}
}

func (m *spinMutex) Lock() {
	if atomic.AddInt32(&m.v, -1) == 0 {
		return
	}
	for {
		if v := atomic.LoadInt32(&m.v); v >= 0 && atomic.SwapInt32(&m.v, -1) == 1 {
			return
		}
		<-m.ch
	}
}

func (m *spinMutex) Unlock() {
	if atomic.SwapInt32(&m.v, 1) == 0 {
		return
	}
	select {
	case m.ch <- struct{}{}:
	default:
	}
}

// CountUnderSpin increments under the package's mutex in every goroutine.
func CountUnderSpin(n int) int {
	m := newSpinMutex()
	v := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Lock()
			v++
			m.Unlock()
		}()
	}
	wg.Wait()
	return v
}
