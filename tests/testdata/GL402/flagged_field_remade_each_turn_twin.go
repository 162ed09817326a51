package gl402

import "sync"

// The quit channel is made once, before the loop: the second turn's goroutine closes it again.
type relay struct {
	quit     chan struct{}
	attempts int
}

func (r *relay) dial() bool {
	r.attempts++
	return r.attempts <= 3
}

func (r *relay) serve() {
	r.quit = make(chan struct{})
	for r.dial() {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(r.quit) // want `close\(r\.quit\) can run twice`
		}()
		wg.Wait()
	}
}
