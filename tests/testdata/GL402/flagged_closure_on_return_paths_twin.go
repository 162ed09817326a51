package gl402

import "errors"

// The helper is also called after the goroutine started: both can close the channel.
func listURLsLate(n int) <-chan listItem {
	out := make(chan listItem, 2)
	failAndClose := func(err error) chan listItem {
		out <- listItem{err: err}
		close(out)
		return out
	}
	if n < 0 {
		return failAndClose(errors.New("negative"))
	}
	go func() {
		defer close(out) // want `close\(out\) can run twice`
		for range listSource(n) {
			out <- listItem{}
		}
	}()
	if n > 100 {
		return failAndClose(errors.New("too many"))
	}
	return out
}
