package gl101

import (
	"context"
	"fmt"
	"time"
)

// The twin: a deadline can end ctx too, with context.DeadlineExceeded.
func checkStopsWithin(out chan int) string {
	ctx, stop := context.WithTimeout(context.Background(), time.Second)
	errs := make(chan string)
	go func() {
		publishUntil(ctx, out)
		select {
		case <-ctx.Done():
			if ctx.Err() != context.Canceled {
				errs <- fmt.Sprint("unexpected error: ", ctx.Err()) // want "goroutine blocks forever sending on errs"
			}
		}
	}()
	<-out
	stop()
	return "stopped"
}
