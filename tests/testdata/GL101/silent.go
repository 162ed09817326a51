package gl101

import (
	"context"
	"time"
)

func work() int { return 1 }

// Buffered with room for the one send: the goroutine always finishes.
func buffered() (int, bool) {
	ch := make(chan int, 1)
	go func() { ch <- work() }()
	select {
	case v := <-ch:
		return v, true
	case <-time.After(time.Second):
		return 0, false
	}
}

// One slot per worker, sized by the slice it ranges over.
func fanOut(items []int) int {
	ch := make(chan int, len(items))
	for _, it := range items {
		go func(n int) { ch <- n * 2 }(it)
	}
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Second):
		return 0
	}
}

// The parent receives on every path.
func alwaysReceives() int {
	ch := make(chan int)
	go func() { ch <- work() }()
	v := <-ch
	return v
}

// The send already gives up with the context.
func sendSelects(ctx context.Context) int {
	ch := make(chan int)
	go func() {
		select {
		case ch <- work():
		case <-ctx.Done():
		}
	}()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return 0
	}
}

// A done channel instead of a context.
func doneChannel(done <-chan struct{}) int {
	ch := make(chan int)
	go func() {
		select {
		case ch <- work():
		case <-done:
		}
	}()
	select {
	case v := <-ch:
		return v
	case <-done:
		return -1
	}
}

// The channel is handed to the caller: someone else receives.
func generator() <-chan int {
	ch := make(chan int)
	go func() { ch <- work() }()
	return ch
}

// A select in a loop whose other case does not leave the loop keeps receiving.
func tickerLoop(t *time.Ticker) int {
	ch := make(chan int)
	go func() { ch <- work() }()
	for {
		select {
		case v := <-ch:
			return v
		case <-t.C:
			println("still waiting")
		}
	}
}

// The early return comes before the goroutine starts.
func returnBeforeGo(n int) int {
	if n < 0 {
		return 0
	}
	ch := make(chan int)
	go func() { ch <- n }()
	return <-ch
}

// The receiver breaks only after a single value is sent.
func loopOneValue() int {
	ch := make(chan int)
	go func() { ch <- 1 }()
	for v := range ch {
		return v
	}
	return 0
}

// The goroutine sends on one channel or the other, never both: whichever case the select
// takes received its only send.
func oneOfTwo() (int, error) {
	vals := make(chan int)
	errs := make(chan error)
	go func() {
		if v := work(); v < 0 {
			errs <- context.Canceled
		} else {
			vals <- v
		}
	}()
	select {
	case v := <-vals:
		return v, nil
	case err := <-errs:
		return 0, err
	}
}

// The reader's error is its last send: once the loop takes it, the reader has returned and
// sends nothing more on msgs.
func readAll(read func() (int, error)) error {
	msgs := make(chan int)
	errs := make(chan error)
	go func() {
		for {
			m, err := read()
			if err != nil {
				errs <- err
				return
			}
			msgs <- m
		}
	}()
	for {
		select {
		case m := <-msgs:
			_ = m
		case err := <-errs:
			return err
		}
	}
}

// The channel is a named result: the caller receives from it.
func watchErrors(next func() error) (errs chan error) {
	errs = make(chan error)
	go func() { errs <- next() }()
	return
}

// The same with a named goroutine: its error is its last send.
func reader(read func() (int, error), msgs chan<- int, errs chan<- error) {
	for {
		m, err := read()
		if err != nil {
			errs <- err
			return
		}
		msgs <- m
	}
}

func serveReader(read func() (int, error)) error {
	msgs := make(chan int)
	errs := make(chan error, 1)
	go reader(read, msgs, errs)
	for {
		select {
		case m := <-msgs:
			_ = m
		case err := <-errs:
			return err
		}
	}
}
