package gl404

type pacemaker2 struct {
	ticks  chan int
	hold   chan struct{}
	release chan struct{}
}

func newPacemaker2() *pacemaker2 {
	return &pacemaker2{ticks: make(chan int), hold: make(chan struct{})}
}

// The twin: hold is made, so its case fires, and the receive from the never-made release blocks.
func (p *pacemaker2) run() {
	for {
		select {
		case <-p.ticks:
		case <-p.hold:
			<-p.release // want `p.release is never made, so it is nil: this blocks forever`
		}
	}
}
