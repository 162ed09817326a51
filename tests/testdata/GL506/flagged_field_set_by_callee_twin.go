package gl506

import (
	"context"
	"sync"
)

// After lazyInit the slow path reads l.res with no lock while another goroutine's lazyInit may set it.
type eagerResource[T any] struct {
	m       sync.RWMutex
	res     *T
	lazyRes func(context.Context) (*T, error)
}

func (l *eagerResource[T]) lazyInit(ctx context.Context) (bool, error) {
	l.m.Lock()
	defer l.m.Unlock()
	if l.res != nil {
		return true, nil
	}
	if l.lazyRes == nil {
		return false, nil
	}
	res, err := l.lazyRes(ctx)
	if err != nil {
		return false, err
	}
	l.res = res
	l.lazyRes = nil
	return true, nil
}

func (l *eagerResource[T]) RAccess(ctx context.Context, fn func(t T)) (bool, error) {
	l.m.RLock()
	if l.res != nil {
		defer l.m.RUnlock()
		fn(*l.res)
		return true, nil
	}
	l.m.RUnlock()
	ok, err := l.lazyInit(ctx)
	if err != nil || !ok {
		return false, err
	}
	if l.res == nil {
		return false, nil
	}
	fn(*l.res)
	return true, nil
}

func useEager(lr *eagerResource[string]) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lr.RAccess(context.Background(), func(s string) {}) // want `data race on lr.res: RAccess reads it unlocked`
		}()
	}
	wg.Wait()
}
