package gl407

import "sync"

type command struct{ id int }

// The only receiver ranges over cmds until it is closed, and only the
// producer closes it, in its stop case: every send finds the receiver.
func pump(done chan struct{}, next func() *command, handle func(*command)) {
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
				cmds <- next()
			}
		}
	}()
	go func() {
		defer wg.Done()
		for c := range cmds {
			handle(c)
		}
	}()
	wg.Wait()
}
