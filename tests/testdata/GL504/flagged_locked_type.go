package gl504

import (
	"sync"
	"sync/atomic"
)

// Balancer holds a mutex: it is made to be used by several goroutines at once, so its atomic total
// races with the plain read even though this package starts no goroutine.
type Balancer struct {
	mu    sync.Mutex
	hosts map[string]int64
	total int64
}

func (b *Balancer) Inc(host string) {
	b.mu.Lock()
	b.hosts[host]++
	b.mu.Unlock()
	atomic.AddInt64(&b.total, 1)
}

func (b *Balancer) Total() int64 {
	return b.total // want `b\.total is accessed with sync/atomic elsewhere but plainly here`
}
