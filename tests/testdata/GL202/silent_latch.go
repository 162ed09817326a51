package gl202

import (
	"errors"
	"sync"
)

// A bool latch: every "first = true" sits beside a Done of the same WaitGroup, and a deferred
// closure calls Done when the latch is still false. Done runs exactly once on every exit.

type sample struct{ n int }

func fetchSample(i int) (sample, error) {
	if i < 0 {
		return sample{}, errors.New("negative")
	}
	return sample{n: i}, nil
}

func collectFirst(i int, out chan<- sample, waitFirst *sync.WaitGroup) {
	var gotFirst bool
	defer func() {
		if !gotFirst {
			gotFirst = true
			waitFirst.Done()
		}
	}()
	s, err := fetchSample(i)
	if err != nil {
		return
	}
	for k := 0; k < 3; k++ {
		out <- s
		if !gotFirst {
			gotFirst = true
			waitFirst.Done()
		}
	}
}

func statsAll(ids []int) {
	out := make(chan sample, 3*len(ids))
	waitFirst := &sync.WaitGroup{}
	for _, id := range ids {
		waitFirst.Add(1)
		go collectFirst(id, out, waitFirst)
	}
	waitFirst.Wait()
}

func statsLiteral(ids []int) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func(id int) {
			released := false
			defer func() {
				if !released {
					wg.Done()
				}
			}()
			if _, err := fetchSample(id); err != nil {
				return
			}
			released = true
			wg.Done()
			println("more work", id)
		}(id)
	}
	wg.Wait()
}
