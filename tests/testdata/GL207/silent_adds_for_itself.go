package gl207

import "sync"

type endpointList []string

// The goroutine adds one to the group for the inner goroutines it will start and takes it back in a
// deferred func after waiting for them: two Done calls, two counts.
func watchEndpoints(in <-chan endpointList) (<-chan endpointList, *sync.WaitGroup) {
	var wg sync.WaitGroup
	out := make(chan endpointList)
	wg.Add(1)
	go func() {
		defer close(out)
		defer wg.Done()
		var inner sync.WaitGroup
		wg.Add(1)
		defer func() {
			inner.Wait()
			wg.Done()
		}()
		for eps := range in {
			inner.Add(1)
			go func(eps endpointList) {
				defer inner.Done()
				_ = eps
			}(eps)
			out <- eps
		}
	}()
	return out, &wg
}
