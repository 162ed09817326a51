package gl504

import (
	"sync"
	"sync/atomic"
)

// A plugin set up by its registry: Configure runs before the registry starts the goroutines that
// call Enqueue. Configure gives the router its mutex, so it cannot run while they use the router.
type roundRobin struct {
	index   int32
	targets []func(string)
	mapLock *sync.Mutex
	byName  map[string]*int32
}

func (r *roundRobin) Configure(targets []func(string)) {
	r.index = 0
	r.targets = targets
	r.byName = make(map[string]*int32)
	r.mapLock = new(sync.Mutex)
}

func (r *roundRobin) Enqueue(msg string) {
	i := atomic.AddInt32(&r.index, 1) % int32(len(r.targets))
	r.targets[i](msg)
}

func (r *roundRobin) counter(name string) *int32 {
	r.mapLock.Lock()
	defer r.mapLock.Unlock()
	c, ok := r.byName[name]
	if !ok {
		c = new(int32)
		r.byName[name] = c
	}
	return c
}

type pluginRunner interface{ Enqueue(string) }

func runPlugins(ps []pluginRunner, msgs <-chan string) {
	for _, p := range ps {
		go func(p pluginRunner) {
			for m := range msgs {
				p.Enqueue(m)
			}
		}(p)
	}
}
