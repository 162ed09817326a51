package gl404

// The loop waits on shutdownCh in a select case, but no worker value ever gets one: the send in
// shutdown blocks forever (and the case never fires).
type caseWorker struct {
	jobs       chan int
	shutdownCh chan struct{}
}

func newCaseWorker() *caseWorker {
	w := &caseWorker{jobs: make(chan int)}
	go w.loop()
	return w
}

func (w *caseWorker) loop() {
	for {
		select {
		case j := <-w.jobs:
			println(j)
		case <-w.shutdownCh:
			return
		}
	}
}

func (w *caseWorker) shutdown() {
	w.shutdownCh <- struct{}{} // want `w.shutdownCh is never made, so it is nil: this blocks forever`
}
