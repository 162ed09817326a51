package gl401

import "errors"

var errLookup = errors.New("lookup failed")

func lookupOne(i int) (int, error) { return i, errLookup }

// One goroutine per request, each sending its value before its error; the second loop takes
// one error per goroutine (it ranges over the same requests), so every value send is done
// before the close.
func lookupAll(reqs []int) ([]int, error) {
	errCh := make(chan error)
	valCh := make(chan int, len(reqs))
	for _, r := range reqs {
		go func(r int) {
			v, err := lookupOne(r)
			if err == nil {
				valCh <- v
			}
			errCh <- err
		}(r)
	}
	var first error
	for range reqs {
		if err := <-errCh; err != nil && first == nil {
			first = err
		}
	}
	close(valCh)
	out := make([]int, 0, len(reqs))
	for v := range valCh {
		out = append(out, v)
	}
	return out, first
}
