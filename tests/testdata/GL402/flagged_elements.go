package gl402

// The same element, by the same index, closed twice.
func closeFirstTwice(chans []chan struct{}) {
	close(chans[0])
	close(chans[0]) // want `close\(chans\) can run twice: the second close panics`
}
