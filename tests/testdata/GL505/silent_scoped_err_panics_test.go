package gl505

import (
	"errors"
	"log"
	"os/exec"
	"testing"
)

type restarter struct {
	ready    chan struct{}
	graceful bool
	name     string
}

// Run's error is decided by its own checks: the restart's error, scoped to its if, only panics or
// is logged; it never becomes what Run returns.
func (r *restarter) Run() error {
	var err error
	if r.name == "" {
		err = errors.New("no name")
	}
	if r.graceful {
		if _, err := exec.Command("/proc/self/exe").Output(); err != nil {
			panic(err)
		}
	}
	if err := exec.Command("true").Run(); err != nil {
		log.Printf("restart: %v", err)
	}
	close(r.ready)
	return err
}

func TestRunScopedError(t *testing.T) {
	r := &restarter{ready: make(chan struct{}), name: "a"}
	done := make(chan struct{})
	go func() {
		if err := r.Run(); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
