package gl402

import (
	"sync"
	"sync/atomic"
)

func branches(fail bool) {
	ch := make(chan int)
	if fail {
		close(ch)
		return
	}
	close(ch)
}

func lastOneCloses(n int32) {
	done := make(chan struct{})
	remaining := n
	for i := int32(0); i < n; i++ {
		go func() {
			run()
			if atomic.AddInt32(&remaining, -1) == 0 {
				close(done)
			}
		}()
	}
	<-done
}

func once(n int) {
	done := make(chan struct{})
	var o sync.Once
	for i := 0; i < n; i++ {
		go func() {
			o.Do(func() { close(done) })
		}()
	}
	<-done
}

func perIteration(n int) {
	for i := 0; i < n; i++ {
		ch := make(chan int)
		go func() {
			defer close(ch)
			ch <- i
		}()
		<-ch
	}
}

func selectCases(a, b chan int) {
	stop := make(chan struct{})
	select {
	case <-a:
		close(stop)
	case <-b:
		close(stop)
	}
}

func remade() {
	ch := make(chan int)
	close(ch)
	ch = make(chan int)
	close(ch)
}

func work() {}

// A fresh channel for the second goroutine, after the first close was received.
func remade() {
	done := make(chan struct{})
	go func() {
		work()
		close(done)
	}()
	<-done
	done = make(chan struct{})
	go func() {
		work()
		close(done)
	}()
	<-done
}

// The goroutine's close and the function's close are on exclusive paths.
func startMaybeAsync(async bool) <-chan struct{} {
	done := make(chan struct{})
	if async {
		go func() {
			defer close(done)
			work()
		}()
		return done
	}
	close(done)
	return done
}

// Each iteration makes a new channel before starting the goroutine that closes it.
func restarts(events <-chan int) {
	var done chan struct{}
	for range events {
		done = make(chan struct{})
		go func() {
			defer close(done)
		}()
	}
	_ = done
}

func finishIf(done chan struct{}, last bool) {
	if last {
		close(done)
	}
}

// Only the goroutine told it is the last one closes.
func finishLast(n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go finishIf(done, i == n-1)
	}
	<-done
}

// One closer per iteration, on one branch or the other, of a channel made in the iteration.
func finishEach(modes []bool) {
	for _, fast := range modes {
		done := make(chan struct{})
		if fast {
			go finish(done)
		} else {
			go finishIf(done, true)
		}
		<-done
	}
}
