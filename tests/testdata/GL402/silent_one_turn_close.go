package gl402

import "sync"

// The closing goroutine is started only in the turn where the loop counter
// equals a value that does not change: one goroutine closes the channel.
func fanOut(n int) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		if i == n/4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				close(done)
			}()
		}
	}
	wg.Wait()
}

// The same with the index of a range over a slice.
func fanOutEach(names []string) {
	done := make(chan struct{})
	for i := range names {
		if i == 0 {
			go func() { close(done) }()
		}
	}
	<-done
}

// The same with Go 1.22's range over an integer: a local constant, a parameter.
func fanOutConst(n int) {
	const requests = 200
	done := make(chan struct{})
	for i := range requests {
		if i == requests/4 {
			go func() { close(done) }()
		}
	}
	<-done
}

func fanOutInt(n int) {
	done := make(chan struct{})
	for i := range n {
		if i == 0 {
			go func() { close(done) }()
		}
	}
	<-done
}
