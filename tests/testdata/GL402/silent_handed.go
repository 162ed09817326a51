package gl402

// The two closers are on exclusive branches; one is a closure handed to a runner that calls it later.
func startOnce(mode int, work func(), runner func(func())) {
	begin := make(chan struct{})
	go func() {
		<-begin
		work()
	}()
	if mode == 0 {
		go func() {
			work()
			close(begin)
		}()
	} else {
		runner(func() {
			close(begin)
		})
	}
}
