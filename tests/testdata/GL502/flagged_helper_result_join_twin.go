package gl502

import "context"

// pollOp returns false whether or not done was closed: its result says
// nothing about the goroutine.
func pollOp(done <-chan struct{}) (busy bool) {
	select {
	case <-done:
	default:
	}
	return
}

func applyPolled(stop context.Context) (*opResult, error) {
	var res *opResult
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, _ = runOp() // want `data race on res`
	}()
	if pollOp(done) {
		return nil, stop.Err()
	}
	return res, nil
}

// The helper joins when it returns false, but the function goes on when it
// returned true.
func applyInverted(stop context.Context) (*opResult, error) {
	var res *opResult
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, _ = runOp() // want `data race on res`
	}()
	if !waitOp(done, stop) {
		return nil, nil
	}
	return res, nil
}
