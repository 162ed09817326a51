package gl402

// Both closers run: the goroutine's and the closure's handed to the runner on the same path.
func startTwice(work func(), runner func(func())) {
	begin := make(chan struct{})
	go func() {
		work()
		close(begin)
	}()
	runner(func() {
		close(begin) // want `close\(begin\) can run twice: the second close panics`
	})
	<-begin
}
