package gl402

func finish(done chan struct{}) { close(done) }

// The goroutines run a package function that closes the channel on every path.
func finishAll(n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go finish(done) // want `close\(done\) can run twice: the second close panics\. Every goroutine started by this loop closes it`
	}
	<-done
}

func finishTwice() {
	done := make(chan struct{})
	go finish(done)
	go finish(done) // want `close\(done\) can run twice: the second close panics\. Two goroutines close it`
	<-done
}

// The variable gets a fresh channel only on some iterations: two runs can
// get the same one.
func scheduleSome(requests <-chan bool) {
	next := make(chan struct{})
	for fresh := range requests {
		go finish(next) // want `close\(next\) can run twice: the second close panics\. Every goroutine started by this loop closes it`
		if fresh {
			next = make(chan struct{})
		}
	}
}
