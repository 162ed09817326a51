package gl502

import "testing"

// lifecycle stops one goroutine: Stop closes stop and waits for done.
type lifecycle struct {
	stop chan struct{}
	done chan struct{}
}

func newLifecycle() *lifecycle {
	return &lifecycle{stop: make(chan struct{}), done: make(chan struct{})}
}

func (l *lifecycle) Stop() {
	close(l.stop)
	<-l.done
}

func (l *lifecycle) Stopping() <-chan struct{} { return l.stop }

func (l *lifecycle) Done() { close(l.done) }

// TestLifecycleOrder: the goroutine appends only once Stopping's channel is closed, which only Stop does,
// called after the test's first append; Stop returns once the goroutine is done.
func TestLifecycleOrder(t *testing.T) {
	l := newLifecycle()
	steps := []string{}
	go func() {
		defer l.Done()
		<-l.Stopping()
		steps = append(steps, "stopping")
	}()
	steps = append(steps, "stop")
	l.Stop()
	steps = append(steps, "stopped")
	if len(steps) != 3 {
		t.Errorf("steps %v", steps)
	}
}
