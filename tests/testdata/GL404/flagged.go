package gl404

func forgotMake() {
	var done chan struct{}
	go func() {
		work()
		close(done) // want `done is declared but never made, so it is nil: close of nil channel panics`
	}()
	<-done
}

func rangeNil() {
	var jobs chan int
	for j := range jobs { // want `jobs is declared but never made, so it is nil: range over it blocks forever`
		println(j)
	}
}

func closeNil() {
	var stop chan bool
	close(stop) // want `close of nil channel panics`
}
