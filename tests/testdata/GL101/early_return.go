package gl101

import "errors"

func validate(s string) error {
	if s == "" {
		return errors.New("empty")
	}
	return nil
}

// An error return between the go statement and the receive.
func loadEarlyReturn(name string) (int, error) {
	done := make(chan int)
	go func() {
		done <- len(name) // want `when the function returns before receiving`
	}()
	if err := validate(name); err != nil {
		return 0, err
	}
	return <-done, nil
}

// The receive loop stops at the first error while workers keep sending.
func firstError(items []string) error {
	errc := make(chan error)
	for _, it := range items {
		go func(s string) {
			errc <- validate(s) // want `when the receive loop returns early`
		}(it)
	}
	for range items {
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

// Nobody ever receives.
func fireAndForget() {
	ch := make(chan string)
	go func() {
		ch <- "done" // want `channel: nothing ever receives from it, and the goroutine leaks`
	}()
}
