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

// Collect forwards one result per input; an exported function of an internal package, whose every
// caller in the module ranges over its result to the close without looking at a context.
func Collect(ctx context.Context, inputs []string) <-chan string {
	out := make(chan string)
	results := produce(ctx, inputs)
	go func() {
		defer close(out)
		for range inputs {
			out <- <-results
		}
	}()
	return out
}
