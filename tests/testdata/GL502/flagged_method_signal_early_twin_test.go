package gl502

import "testing"

// gate lets one goroutine through: Open closes open.
type gate struct {
	open chan struct{}
	done chan struct{}
}

func newGate() *gate {
	return &gate{open: make(chan struct{}), done: make(chan struct{})}
}

func (g *gate) Open() { close(g.open) }

func (g *gate) Opened() <-chan struct{} { return g.open }

func (g *gate) Done() { close(g.done) }

// TestGateEarly opens the gate before its own append: the goroutine's append can run at the same time.
func TestGateEarly(t *testing.T) {
	g := newGate()
	steps := []string{}
	go func() {
		defer g.Done()
		<-g.Opened()
		steps = append(steps, "through") // want "data race on steps"
	}()
	g.Open()
	steps = append(steps, "opened")
	<-g.done
	if len(steps) != 2 {
		t.Errorf("steps %v", steps)
	}
}
