package gl101

import "context"

// fix: Stop waiting

func produce() int { return 7 }

func withCtx(ctx context.Context) (int, error) {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- produce() * i // want `goroutine blocks forever sending on ch`
		}
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}
