package gl101

type Tracker struct {
	updates chan int
}

func NewTracker() *Tracker {
	t := &Tracker{updates: make(chan int)}
	go t.produce()
	return t
}

func (t *Tracker) produce() {
	go func() {
		t.updates <- 1 // want `goroutine blocks forever sending on t.updates: nothing in the package receives from Tracker.updates`
	}()
}
