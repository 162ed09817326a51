package gl506

import (
	"context"
	"sync"
)

// RAccess tests l.res under the read lock, releases it, lets lazyInit set l.res under the write lock,
// then tests it again under the read lock: the second test is no repeat of the first (the call between
// sets the field), so the read after it is read-locked.
type lazyResource[T any] struct {
	m       sync.RWMutex
	res     *T
	lazyRes func(context.Context) (*T, error)
}

func (l *lazyResource[T]) lazyInit(ctx context.Context) (bool, error) {
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

func (l *lazyResource[T]) RAccess(ctx context.Context, fn func(t T)) (bool, error) {
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
	l.m.RLock()
	defer l.m.RUnlock()
	if l.res == nil {
		return false, nil
	}
	fn(*l.res)
	return true, nil
}

func useLazy(lr *lazyResource[string]) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lr.RAccess(context.Background(), func(s string) {})
		}()
	}
	wg.Wait()
}
