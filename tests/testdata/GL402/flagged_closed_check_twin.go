package gl402

// The twin: the select receives from another channel, whose receive says nothing of done.
func closeCheckedOther(other chan struct{}) {
	done := make(chan struct{})
	close(done)
	select {
	case <-other:
	default:
		close(done) // want `close\(done\) can run twice: the second close panics`
	}
}
