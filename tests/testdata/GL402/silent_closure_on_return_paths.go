package gl402

import "errors"

type listItem struct{ err error }

func listSource(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

// On an early error a local helper sends the error and closes the channel, and each call of it is
// a return before the go statement; otherwise the goroutine closes it: one close per call.
func listURLs(n int) <-chan listItem {
	out := make(chan listItem, 1)
	failAndClose := func(err error) chan listItem {
		out <- listItem{err: err}
		close(out)
		return out
	}
	if n < 0 {
		return failAndClose(errors.New("negative"))
	}
	if n > 100 {
		return failAndClose(errors.New("too many"))
	}
	go func() {
		defer close(out)
		for range listSource(n) {
			out <- listItem{}
		}
	}()
	return out
}
