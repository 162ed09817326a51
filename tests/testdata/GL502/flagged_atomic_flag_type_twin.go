package gl502

import (
	"sync"
	"sync/atomic"
)

// busyFlag's Lock and Unlock only raise and lower a flag: nothing waits.
type busyFlag struct {
	v int32
}

func (b *busyFlag) Lock() { atomic.StoreInt32(&b.v, 1) }

func (b *busyFlag) Unlock() { atomic.StoreInt32(&b.v, 0) }

// CountUnderFlag increments between Lock and Unlock of a flag that excludes
// no one.
func CountUnderFlag(n int) int {
	b := &busyFlag{}
	v := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Lock()
			v++ // want `data race on v`
			b.Unlock()
		}()
	}
	wg.Wait()
	return v
}
