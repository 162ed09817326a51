package gl101

type nudgeEvent struct{ id int }

type nudgeWatchers struct {
	q    chan nudgeEvent
	name string
}

type nudgeHandler struct {
	name string
}

func newNudgeWatchers() *nudgeWatchers {
	return &nudgeWatchers{q: make(chan nudgeEvent)}
}

// Only the name is copied into the elided values: nothing receives from the channel.
func (w *nudgeWatchers) handlers() []*nudgeHandler {
	return []*nudgeHandler{
		{name: w.name},
	}
}

func (w *nudgeWatchers) nudge() {
	go func() {
		w.q <- nudgeEvent{id: 1} // want `goroutine blocks forever sending on w\.q`
	}()
}
