package gl506

import "sync"

type lazyConn struct {
	locker      sync.RWMutex
	conn        string
	initialized bool
	dial        func() (string, error)
}

// The second test reads conn after the lock was released again: that read holds nothing.
func (x *lazyConn) get() (string, error) {
	x.locker.RLock()
	if x.initialized {
		c := x.conn
		x.locker.RUnlock()
		return c, nil
	}
	x.locker.RUnlock()
	x.locker.Lock()
	if !x.initialized {
		c, err := x.dial()
		if err != nil {
			x.locker.Unlock()
			return c, err
		}
		x.conn = c
		x.initialized = true
	}
	x.locker.Unlock()
	return x.conn, nil
}

func getConnFromMany(x *lazyConn) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = x.get() // want `data race on x.conn: get reads it unlocked while another writes it`
		}()
	}
	wg.Wait()
}
