package gl407

import "context"

func produce(ctx context.Context, out chan<- int) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			return
		default:
			n++
			out <- n // want `this blocks inside the select's default, where <-ctx.Done\(\) is not watched`
		}
	}
}
