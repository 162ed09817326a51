package gl407

import (
	"errors"
	"sync"
)

func probe(i int) error {
	if i < 0 {
		return errors.New("negative")
	}
	return nil
}

// One slot per goroutine: a local func value started by go once per turn of
// a range over the count (Go 1.22), each sending once at most and returning.
func probeAll(stop chan struct{}) error {
	var wg sync.WaitGroup
	const workers = 8
	errs := make(chan error, workers)
	worker := func(i int) {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				if err := probe(i); err != nil {
					errs <- err
					return
				}
			}
		}
	}
	for i := range workers {
		wg.Add(1)
		go worker(i)
	}
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}
