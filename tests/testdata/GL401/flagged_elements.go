package gl401

// The same element, by the same index: a send after its close panics.
func sendAfterClose(chans []chan int) {
	close(chans[1])
	chans[1] <- 1 // want `send on chans after close\(chans\): it panics`
}
