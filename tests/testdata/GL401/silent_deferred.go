package gl401

import "sync"

// Waited for before the return: the deferred close comes after the last send.
func fanOutWait(jobs []int) <-chan int {
	out := make(chan int, len(jobs))
	defer close(out)
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			out <- j * 2
		}(j)
	}
	wg.Wait()
	return out
}

// Each goroutine's value is received before the return.
func firstOf(jobs []int) int {
	out := make(chan int)
	defer close(out)
	for _, j := range jobs {
		go func(j int) { out <- j }(j)
	}
	sum := 0
	for range jobs {
		sum += <-out
	}
	return sum
}

// The producer closes when it is done itself.
func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func send(out chan<- int, v int, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- v
}

// Named senders, waited for before the close.
func namedWaited(jobs []int) <-chan int {
	out := make(chan int, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go send(out, j, &wg)
	}
	wg.Wait()
	close(out)
	return out
}

// The deferred function waits for every counted sender before it closes.
func serveAll(next func() (int, error), out chan int) {
	var wg sync.WaitGroup
	defer func() {
		wg.Wait()
		close(out)
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
