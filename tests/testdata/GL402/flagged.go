package gl402

func run() {}

func twice() {
	ch := make(chan int)
	close(ch)
	close(ch) // want `close\(ch\) can run twice: the second close panics`
}

func deferredToo(fail bool) {
	ch := make(chan int)
	defer close(ch) // want `the deferred close runs after this one`
	if fail {
		return
	}
	close(ch)
}

func workers(n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			defer close(done) // want `every goroutine started by this loop closes it`
			run()
		}()
	}
	<-done
}

func parentAndChild() {
	stop := make(chan struct{})
	go func() {
		run()
		close(stop)
	}()
	run()
	close(stop) // want `by two goroutines`
}
