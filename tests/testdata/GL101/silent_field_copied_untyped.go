package gl101

type pokeEvent struct{ id int }

type pokeWatchers struct {
	q chan pokeEvent
}

type pokeHandler struct {
	q    chan pokeEvent
	kind string
}

func newPokeWatchers() *pokeWatchers {
	return &pokeWatchers{q: make(chan pokeEvent)}
}

// The field channel is copied into values whose type the slice literal elides: whoever is handed
// those values may receive from it under their field's name.
func (w *pokeWatchers) handlers() []*pokeHandler {
	return []*pokeHandler{
		{q: w.q},
		{kind: "config"},
	}
}

func (w *pokeWatchers) poke() {
	go func() {
		w.q <- pokeEvent{id: 1}
	}()
}

type resumeStep struct {
	ch chan struct{}
}

type stepRunner struct {
	resumeCh chan struct{}
}

func newStepRunner() *stepRunner {
	return &stepRunner{resumeCh: make(chan struct{})}
}

// The same, copied as a positional value of a package type.
func (r *stepRunner) pauseStep() *resumeStep {
	return &resumeStep{r.resumeCh}
}

func (r *stepRunner) resume() {
	go func() {
		r.resumeCh <- struct{}{}
	}()
}
