package gl402

type wallet struct {
	quit chan struct{}
}

func newWallet() *wallet { return &wallet{quit: make(chan struct{})} }

// The second close is of another wallet's channel: w is assigned a new wallet in between.
func restartTwice() {
	w := newWallet()
	close(w.quit)
	w = newWallet()
	close(w.quit)
}
