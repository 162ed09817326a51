package gl101

import (
	"context"
	"fmt"
)

func publishUntil(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-ctx.Done():
			return
		}
	}
}

// The only send is under ctx.Err() != context.Canceled in the case of ctx's own Done(): ctx has no
// deadline, it is done only once cancelled, and its Err is then context.Canceled.
func checkStops(out chan int) string {
	ctx, stop := context.WithCancel(context.Background())
	errs := make(chan string)
	go func() {
		publishUntil(ctx, out)
		select {
		case <-ctx.Done():
			if ctx.Err() != context.Canceled {
				errs <- fmt.Sprint("unexpected error: ", ctx.Err())
			}
		}
	}()
	<-out
	stop()
	return "stopped"
}
