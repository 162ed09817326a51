package gl404

type pacemaker struct {
	beats chan int
	halt   chan struct{}
	// Test use only: nothing in the package makes them.
	testBlocker   chan struct{}
	testUnblocker chan struct{}
}

func newPacemaker() *pacemaker {
	return &pacemaker{beats: make(chan int), halt: make(chan struct{})}
}

// The test hook's case is never chosen (its channel is nil): the receive in its body never runs.
func (p *pacemaker) run() {
	for {
		select {
		case <-p.beats:
		case <-p.testBlocker:
			<-p.testUnblocker
		case <-p.halt:
			return
		}
	}
}
