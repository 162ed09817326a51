package gl505

import (
	"fmt"
	"os/exec"
	"testing"
)

type restarter2 struct {
	graceful bool
}

// The twin: the scoped error is returned (wrapped): Run's error comes from the process start.
func (r *restarter2) Run() error {
	if r.graceful {
		if _, err := exec.Command("/proc/self/exe").Output(); err != nil {
			return fmt.Errorf("restart: %w", err)
		}
	}
	return nil
}

func TestRunScopedErrorReturned(t *testing.T) {
	r := &restarter2{graceful: true}
	done := make(chan struct{})
	go func() {
		if err := r.Run(); err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine: the test then hangs`
		}
		close(done)
	}()
	<-done
}
