package gl207

import "sync"

type reader struct {
	wg      sync.WaitGroup
	closeCh chan struct{}
}

// WaitGroup.Go (Go 1.25) adds one itself and calls Done when its function
// ends: balanced, it is not a second Done of the goroutine that calls it.
func (r *reader) Read(recv func() (int, error), handle func(int)) {
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		for {
			msg, err := recv()
			if err != nil {
				return
			}
			r.wg.Go(func() {
				handle(msg)
			})
		}
	}()
}

func (r *reader) Close() {
	close(r.closeCh)
	r.wg.Wait()
}
