package gl202

import "sync"

// The twin: the callback handed on calls Done only for a reply without error, so a failed reply
// leaves the goroutine's count owed.
func pingAllStrict(d *dispatcher, addrs []string) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			handler := func(err error) {
				if err != nil {
					return
				}
				mu.Lock()
				ok++
				mu.Unlock()
				wg.Done()
			}
			req := &pingRequest{addr: addr, callback: handler}
			if err := d.dispatch(req); err != nil { // want "reaches its end after this without calling wg.Done"
				wg.Done()
				return
			}
		}(a)
	}
	wg.Wait()
	return ok
}
