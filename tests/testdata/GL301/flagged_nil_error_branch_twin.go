package gl301

import (
	"errors"
	"sync"
)

type countValue struct{ n float64 }

// Update refuses a count going down.
func (a *countValue) Update(v, prev float64) error {
	if v < prev {
		return errors.New("count went down")
	}
	a.n += v - prev
	return nil
}

type lockedCount struct {
	mtx sync.Mutex
	agg countValue
}

// AddAll returns with the lock held when Update fails.
func (l *lockedCount) AddAll(vals, prevs []float64) error {
	l.mtx.Lock()
	for i := range vals {
		if err := l.agg.Update(vals[i], prevs[i]); err != nil {
			return err // want `return with l\.mtx locked`
		}
	}
	l.mtx.Unlock()
	return nil
}
