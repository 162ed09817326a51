package gl301

import "sync"

type lastValue struct{ last, prev float64 }

// Update keeps the value; it has no way to fail.
func (a *lastValue) Update(v, prev float64) error {
	a.last, a.prev = v, prev
	return nil
}

type lockedLast struct {
	mtx sync.Mutex
	agg lastValue
}

// AddAll's early return cannot run: Update returns nil on every path.
func (l *lockedLast) AddAll(vals, prevs []float64) error {
	l.mtx.Lock()
	for i := range vals {
		if err := l.agg.Update(vals[i], prevs[i]); err != nil {
			return err
		}
	}
	l.mtx.Unlock()
	return nil
}
