package gl504

import (
	"sync"
	"sync/atomic"
)

// The same router whose Reset only clears the index: nothing in it sets the value up, and the
// goroutines that call Enqueue may run while it does.
type roundRobinTwin struct {
	index   int32
	targets []func(string)
	mapLock sync.Mutex
}

func (r *roundRobinTwin) Reset() {
	r.index = 0 // want `r\.index is accessed with sync/atomic elsewhere but plainly here`
}

func (r *roundRobinTwin) Enqueue(msg string) {
	i := atomic.AddInt32(&r.index, 1) % int32(len(r.targets))
	r.targets[i](msg)
}

// a goroutine-local lock made inside a literal does not set the router up
func (r *roundRobinTwin) Rewind() {
	go func() {
		var mu = new(sync.Mutex)
		mu.Lock()
		r.index = 0 // want `r\.index is accessed with sync/atomic elsewhere but plainly here`
		mu.Unlock()
	}()
}

func runTwins(ps []*roundRobinTwin, msgs <-chan string) {
	for _, p := range ps {
		go func(p *roundRobinTwin) {
			for m := range msgs {
				p.Enqueue(m)
			}
		}(p)
	}
}
