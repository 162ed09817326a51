package gl506

// The group variable names a new group before the second goroutine starts: each goroutine writes
// its own group's field.

type aggrGroup struct {
	flushIdx int
	done     chan struct{}
}

func newAggrGroup() *aggrGroup { return &aggrGroup{done: make(chan struct{})} }

func (ag *aggrGroup) run() {
	for i := 0; i < 3; i++ {
		ag.flushIdx = i
	}
	close(ag.done)
}

func twoGroups() {
	ag := newAggrGroup()
	go ag.run()
	ag = newAggrGroup()
	go ag.run()
	<-ag.done
}
