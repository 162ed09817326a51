package gl202

import "sync"

// recover() is nil on a normal return: the else branch, and its Done, runs on every normal exit.
// (A recovered panic reports on errs instead of counting down.)
func guarded(jobs []func(), errs chan<- interface{}) {
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func()) {
			defer func() {
				if r := recover(); r != nil {
					errs <- r
				} else {
					wg.Done()
				}
			}()
			job()
		}(job)
	}
	wg.Wait()
}
