package gl401

import "sync"

// The deferred close runs at the return; the workers may still be sending.
func fanOut(jobs []int) <-chan int {
	out := make(chan int, len(jobs))
	defer close(out) // want `deferred close\(out\) runs at return, while a goroutine may still send`
	for _, j := range jobs {
		go func(j int) { out <- j * 2 }(j)
	}
	return out
}

// The deferred function closes before it waits: a counted sender may still send.
func serveLate(next func() (int, error), out chan int) {
	var wg sync.WaitGroup
	defer func() {
		close(out) // want `deferred close\(out\) runs at return, while a goroutine may still send`
		wg.Wait()
	}()
	for {
		v, err := next()
		if err != nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- v
		}()
	}
}
