package gl402

// Two channels of one slice, each closed once after its own send.
func closeEach(work func(chan struct{})) {
	chans := []chan struct{}{make(chan struct{}), make(chan struct{})}
	go work(chans[0])
	go work(chans[1])
	chans[0] <- struct{}{}
	close(chans[0])
	chans[1] <- struct{}{}
	close(chans[1])
}
