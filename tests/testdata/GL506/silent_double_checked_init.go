package gl506

import "sync"

type lazyClient struct {
	locker      sync.RWMutex
	client      string
	initialized bool
	dial        func() (string, error)
}

// Double-checked locking: the field is tested under the read lock, then again under the write lock,
// where another goroutine may have set it meanwhile. Every read of client holds one of the two.
func (x *lazyClient) get() (string, error) {
	x.locker.RLock()
	if x.initialized {
		c := x.client
		x.locker.RUnlock()
		return c, nil
	}
	x.locker.RUnlock()
	x.locker.Lock()
	defer x.locker.Unlock()
	if x.initialized {
		return x.client, nil
	}
	c, err := x.dial()
	if err != nil {
		return c, err
	}
	x.client = c
	x.initialized = true
	return c, nil
}

func getFromMany(x *lazyClient) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = x.get()
		}()
	}
	wg.Wait()
}
