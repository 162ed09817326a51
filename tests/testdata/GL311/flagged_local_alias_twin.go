package gl311

import "sync"

// The local is given a new Cond on either branch: nothing else can signal it.
func waitFresh(left bool) {
	var mu sync.Mutex
	var cond *sync.Cond
	if left {
		cond = sync.NewCond(&mu)
	} else {
		cond = &sync.Cond{L: &mu}
	}
	mu.Lock()
	cond.Wait() // want `cond\.Wait\(\) never returns: nothing signals it`
	mu.Unlock()
}
