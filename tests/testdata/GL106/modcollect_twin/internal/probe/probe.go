package probe

import "context"

func produce(ctx context.Context, inputs []string) <-chan string {
	ch := make(chan string, len(inputs))
	for _, in := range inputs {
		if ctx.Err() != nil {
			ch <- in + ": stopped"
			continue
		}
		ch <- in + ": ok"
	}
	return ch
}

// Collect forwards one result per input; an exported function of an internal package, whose one
// caller in the module leaves when ctx is done.
func Collect(ctx context.Context, inputs []string) <-chan string {
	out := make(chan string)
	results := produce(ctx, inputs)
	go func() {
		defer close(out)
		for range inputs {
			out <- <-results // want "blocks forever once ctx is cancelled"
		}
	}()
	return out
}
