package gl401

import "errors"

// A concurrency limiter of a type goleash cannot see (here an interface): Wait takes
// a slot before each goroutine, the goroutine gives it back with Done, and WaitAllDone
// returns once every goroutine did. The deferred closes run after it.
type limiter interface {
	Wait()
	Done()
	WaitAllDone()
}

func lookupPack(id int) (int, error) {
	if id < 0 {
		return 0, errors.New("bad id")
	}
	return id * 2, nil
}

func packIDs(c limiter, ids []int, results chan<- int, errs chan<- error, finished chan<- struct{}) {
	defer close(finished)
	defer close(errs)
	defer close(results)
	for _, id := range ids {
		c.Wait()
		go func(id int) {
			defer c.Done()
			p, err := lookupPack(id)
			if err != nil {
				errs <- err
				return
			}
			results <- p
		}(id)
	}
	c.WaitAllDone()
}
