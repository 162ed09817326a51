package gl402

func run() {}

func twice() {
	ch := make(chan int)
	close(ch)
	close(ch) // want `close\(ch\) can run twice: the second close panics`
}

func deferredToo(fail bool) {
	ch := make(chan int)
	defer close(ch) // want `close\(ch\) can run twice: the second close panics`
	if fail {
		return
	}
	close(ch)
}

func workers(n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			defer close(done) // want `close\(done\) can run twice: the second close panics`
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
	close(stop) // want `close\(stop\) can run twice: the second close panics`
}
