package gl505

import "testing"

// dialMany is also called by a test that runs: its goroutine's Fatal can
// happen.
func dialMany(t *testing.T) {
	done := make(chan struct{})
	go func() {
		dialOnce(t, "192.0.2.10:3478") // want `dialOnce can call t.Fatal`
		close(done)
	}()
	<-done
}

func TestDialManySkipped(t *testing.T) {
	t.SkipNow()
	dialMany(t)
}

func TestDialManyRuns(t *testing.T) {
	dialMany(t)
}
