package gl402

// The twin of silent_holder_reassigned.go: the same wallet's channel is closed twice.
func restartOnce() {
	w := newWallet()
	close(w.quit)
	v := newWallet()
	_ = v
	close(w.quit) // want `close\(w\.quit\) can run twice: the second close panics`
}
