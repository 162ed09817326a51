package gl504

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type meter struct {
	bytes int64
}

func (m *meter) countOne() { atomic.AddInt64(&m.bytes, 1) }

// The total is read before the Wait: the goroutine may still be counting.
func (m *meter) serve() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m.countOne()
	}()
	fmt.Println(m.bytes) // want `m.bytes is accessed with sync/atomic elsewhere but plainly here`
	wg.Wait()
}
