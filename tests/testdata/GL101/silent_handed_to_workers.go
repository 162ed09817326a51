package gl101

import (
	"context"
	"sync"
)

type job struct{ id int }

// startWorkers hands jobs to goroutines that range over it until it is
// closed; they never leave early, so every value sent on jobs is received.
func startWorkers(ctx context.Context, n int, jobs <-chan *job) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				select {
				case <-ctx.Done():
				case out <- j.id:
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func dispatch(ctx context.Context) <-chan int {
	jobs := make(chan *job)
	go func() {
		for i := 0; i < 4; i++ {
			jobs <- &job{id: i}
		}
		close(jobs)
	}()
	return startWorkers(ctx, 2, jobs)
}
