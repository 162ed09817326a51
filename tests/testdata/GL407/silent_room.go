package gl407

import "context"

var nextErr error

func next() (int, error) { return 0, nextErr }

// Every send on errs is followed by a return: one value at most, and errs
// has room for one. The send in the default cannot block.
func stream(ctx context.Context) (<-chan int, <-chan error) {
	out := make(chan int)
	errs := make(chan error, 1)
	go func() {
		for {
			select {
			case <-ctx.Done():
				errs <- ctx.Err()
				return
			default:
				v, err := next()
				if err != nil {
					errs <- err
					return
				}
				select {
				case out <- v:
				case <-ctx.Done():
					errs <- ctx.Err()
					return
				}
			}
		}
	}()
	return out, errs
}
