package gl106

import (
	"context"
	"errors"
)

type quickRunner struct {
	stop context.Context
}

var quickStepErr error

func quickStep() error { return quickStepErr }

func (r *quickRunner) runQuick(runnerCtx context.Context) <-chan error {
	done := make(chan error)
	go func() {
		done <- quickStep() // want `this send blocks for.ver once runnerCtx is cancelled`
	}()
	return done
}

// The stop case returns without taking the value: the send is stranded.
func (r *quickRunner) run(runnerCtx context.Context) error {
	ch := r.runQuick(runnerCtx)
	select {
	case <-runnerCtx.Done():
		return errors.New("stopped")
	case err := <-ch:
		return err
	}
}
