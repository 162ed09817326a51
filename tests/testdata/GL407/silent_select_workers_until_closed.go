package gl407

import (
	"bufio"
	"context"
	"sync"
)

func tryLogin(ctx context.Context, user string) {}

// The workers leave their loop only once the channel is closed: their ctx case breaks out of the select
// alone, so they keep receiving, and the send always finds one of them.
func sprayUsers(ctx context.Context, sc *bufio.Scanner, threads int) {
	var wg sync.WaitGroup
	users := make(chan string, threads)
	for i := 0; i < threads; i++ {
		wg.Add(1)
		go func() {
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
		}()
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
