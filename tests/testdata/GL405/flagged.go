package gl405

import "context"

func handle(s string) {}

func spin(ctx context.Context, in <-chan string) {
	for {
		select {
		case msg := <-in:
			handle(msg)
		case <-ctx.Done():
			return
		default: // want `empty default in a select loop: it spins a CPU core`
		}
	}
}

func spinCount(in <-chan int) int {
	n := 0
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return n
			}
			n += v
		default: // want `empty default`
			continue
		}
	}
}
