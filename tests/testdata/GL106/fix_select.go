package gl106

import "context"

func lines(ctx context.Context, src []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range src {
			out <- l // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return out
}
