package gl303

import "sync"

type Gauge struct {
	mu  sync.RWMutex
	val float64
}

func (g Gauge) Set(v float64) { // want `receiver of type Gauge`
	g.mu.Lock()
	g.val = v
	g.mu.Unlock()
}
