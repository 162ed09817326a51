package gl407

import "sync"

// The receiver may leave its range early: the producer's send then blocks in
// the default, where done is not watched.
func pumpUntilBad(done chan struct{}, next func() *command, handle func(*command) bool) {
	cmds := make(chan *command, 8)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				close(cmds)
				return
			default:
				cmds <- next() // want `this blocks in the select's default`
			}
		}
	}()
	go func() {
		defer wg.Done()
		for c := range cmds {
			if !handle(c) {
				return
			}
		}
	}()
	wg.Wait()
}
