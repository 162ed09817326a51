package gl407

import (
	"bufio"
	"context"
	"sync"
)

// A package function runs each worker (``go sprayWorker(ctx, users, &wg)``): its ctx case breaks out of
// the select alone, so it keeps receiving until the channel is closed, and the send always finds a worker.
func sprayWorker(ctx context.Context, users <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			break
		case user, ok := <-users:
			if !ok {
				return
			}
			tryLogin(ctx, user)
		}
	}
}

func sprayNamed(ctx context.Context, sc *bufio.Scanner, threads int) {
	var wg sync.WaitGroup
	users := make(chan string, threads)
	wg.Add(threads)
	for i := 0; i < threads; i++ {
		go sprayWorker(ctx, users, &wg)
	}
Scan:
	for sc.Scan() {
		select {
		case <-ctx.Done():
			break Scan
		default:
			users <- sc.Text()
		}
	}
	close(users)
	wg.Wait()
}
