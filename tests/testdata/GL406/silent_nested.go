package gl406

import "sync"

var checkErr error

func check(i int) error { return checkErr }

// The senders run in goroutines that each wait for their own senders before
// they are done: the outer Wait covers every send, so the close comes last.
func collectNested(workers, n int) []error {
	errs := make(chan error, workers*n)
	var outer sync.WaitGroup
	for w := 0; w < workers; w++ {
		outer.Add(1)
		go func() {
			defer outer.Done()
			var inner sync.WaitGroup
			inner.Add(1)
			go func() {
				defer inner.Done()
				for i := 0; i < n; i++ {
					if err := check(i); err != nil {
						errs <- err
					}
				}
			}()
			inner.Wait()
		}()
	}
	outer.Wait()
	close(errs)
	var out []error
	for err := range errs {
		out = append(out, err)
	}
	return out
}
