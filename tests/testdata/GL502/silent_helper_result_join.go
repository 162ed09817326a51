package gl502

import "context"

type opResult struct{ n int }

var runOpErr error

func runOp() (*opResult, error) { return &opResult{n: 1}, runOpErr }

// waitOp reports whether the stop came first; it returns false only once done
// is closed.
func waitOp(done <-chan struct{}, stop context.Context) (stopped bool) {
	select {
	case <-stop.Done():
		stopped = true
	case <-done:
	}
	return
}

// finished is true only after the receive.
func finished(done <-chan struct{}, stop context.Context) bool {
	select {
	case <-done:
		return true
	case <-stop.Done():
		return false
	}
}

func applyOp(stop context.Context) (*opResult, error) {
	var res *opResult
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, err = runOp()
	}()
	if waitOp(done, stop) {
		return nil, context.Canceled
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

func planOp(stop context.Context) (*opResult, error) {
	var res *opResult
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, _ = runOp()
	}()
	if !finished(done, stop) {
		return nil, context.Canceled
	}
	return res, nil
}

type opRunner struct{ name string }

// awaitOp is waitOp as a method: its arguments count from the first after the
// receiver.
func (r *opRunner) awaitOp(done <-chan struct{}, stop context.Context) (stopped bool) {
	select {
	case <-stop.Done():
		stopped = true
	case <-done:
	}
	return
}

func (r *opRunner) refresh(stop context.Context) (*opResult, error) {
	var res *opResult
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, _ = runOp()
	}()
	if r.awaitOp(done, stop) {
		return nil, context.Canceled
	}
	return res, nil
}
