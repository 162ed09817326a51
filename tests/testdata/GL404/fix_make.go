package gl404

func work() {}

func signal() {
	var ready chan struct{}
	go func() {
		work()
		ready <- struct{}{} // want `ready is declared but never made`
	}()
	<-ready
}
