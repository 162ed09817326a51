package gl202

import (
	"errors"
	"sync"
)

type pingRequest struct {
	addr     string
	callback func(err error)
}

type dispatcher struct {
	mu      sync.Mutex
	pending []*pingRequest
}

// dispatch queues the request; its callback runs once the reply (or a timeout) comes.
func (d *dispatcher) dispatch(req *pingRequest) error {
	if req.addr == "" {
		return errors.New("no address")
	}
	d.mu.Lock()
	d.pending = append(d.pending, req)
	d.mu.Unlock()
	return nil
}

// Each goroutine hands its Done to the request's callback: the reply's handler calls it.
func pingAll(d *dispatcher, addrs []string) []error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []error
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			handler := func(err error) {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
				wg.Done()
			}
			req := &pingRequest{addr: addr, callback: handler}
			if err := d.dispatch(req); err != nil {
				handler(err)
				return
			}
		}(a)
	}
	wg.Wait()
	return errs
}
