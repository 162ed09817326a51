package gl407

import (
	"bufio"
	"context"
	"sync"
)

// The named workers return on the ctx case: once it is done they are gone, and the send waits forever.
func sprayWorkerStopping(ctx context.Context, users <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case user, ok := <-users:
			if !ok {
				return
			}
			tryLogin(ctx, user)
		}
	}
}

func sprayNamedStopping(ctx context.Context, sc *bufio.Scanner, threads int) {
	var wg sync.WaitGroup
	users := make(chan string, threads)
	wg.Add(threads)
	for i := 0; i < threads; i++ {
		go sprayWorkerStopping(ctx, users, &wg)
	}
Scan:
	for sc.Scan() {
		select {
		case <-ctx.Done():
			break Scan
		default:
			users <- sc.Text() // want `this blocks in the select's default, where the stop is not watched`
		}
	}
	close(users)
	wg.Wait()
}
