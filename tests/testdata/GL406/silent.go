package gl406

import (
	"errors"
	"sync"
	"time"
)

func senderCloses(values []int) {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range values {
			ch <- v
		}
	}()
	for range ch {
	}
}

func singleSend() int {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	v := <-ch
	close(ch)
	return v
}

func waitedSenders(n int) {
	ch := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				ch <- j
			}
		}()
	}
	<-ch
	wg.Wait()
	close(ch)
}

func closerAlsoSends() {
	ch := make(chan int, 10)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	<-ch
	ch <- 9
	close(ch)
}

// As many receives as sends before the close, or a buffer for the rest.
func takeBoth() int {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	a, b := <-ch, <-ch
	close(ch)
	return a + b
}

// The closer waits for the sender's last act (done <- true) before closing.
func halfway(handle func(int)) {
	half := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			handle(i)
			if i == 10 {
				half <- true
			}
		}
		done <- true
	}()
	<-half
	select {
	case <-done:
	case <-time.After(time.Second):
		panic("timed out")
	}
	close(half)
}

func emitThenSignal(ch chan<- int, n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	done <- true
}

// The named sender signals when it is done; the receiver may wait for that before closing.
func drainThenClose(n int) int {
	ch := make(chan int, n)
	done := make(chan bool)
	go emitThenSignal(ch, n, done)
	<-done
	close(ch)
	s := 0
	for v := range ch {
		s += v
	}
	return s
}

func runOnce(in <-chan int, out chan<- error) {
	for v := range in {
		if v < 0 {
			out <- errNegative
			return
		}
	}
	out <- nil
}

var errNegative = errors.New("negative")

// Each runner sends exactly once (in its loop, then returns): all sends are received before the close.
func runAll(in <-chan int, n int) error {
	out := make(chan error)
	for i := 0; i < n; i++ {
		go runOnce(in, out)
	}
	var first error
	for i := 0; i < n; i++ {
		if err := <-out; err != nil && first == nil {
			first = err
		}
	}
	close(out)
	return first
}
