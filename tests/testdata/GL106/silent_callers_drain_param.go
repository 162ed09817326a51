package gl106

import (
	"context"
	"sync"
	"time"
)

// pushAll's workers report on the channels they are given. Its only caller makes those
// channels, drains them with range loops that run to the close and never look at the
// context, and closes them once pushAll returned: cancelling ctx stops no receiver.
func pushAll(ctx context.Context, n int, pushed chan<- int64, took chan<- time.Duration) int64 {
	jobs := make(chan int64, n)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				start := time.Now()
				took <- time.Since(start)
				pushed <- id
			}
		}()
	}
	var id int64
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case jobs <- id + 1:
			id++
		}
	}
	close(jobs)
	wg.Wait()
	return id
}

func rampUp(d time.Duration) (int64, time.Duration) {
	ctx, stop := context.WithTimeout(context.Background(), d)
	defer stop()
	pushed := make(chan int64, 100)
	took := make(chan time.Duration, 100)
	var total time.Duration
	summed := make(chan struct{})
	go func() {
		for t := range took {
			total += t
		}
		close(summed)
	}()
	go func() {
		for range pushed {
		}
	}()
	ticker := time.NewTicker(time.Second)
	go func() {
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
			}
		}
	}()
	n := pushAll(ctx, 10, pushed, took)
	close(pushed)
	close(took)
	<-summed
	return n, total
}
