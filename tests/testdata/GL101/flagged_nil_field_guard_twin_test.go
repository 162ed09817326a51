package gl101

import (
	"errors"
	"testing"
	"time"
)

// The input sets Retry: the worker sends on the side channel, which nothing receives.
func TestViewWorkerRetry(t *testing.T) {
	w, err := newViewWorker(&workerInput{
		Source: func() error { return errors.New("boom") },
		Retry:  func(int) (bool, time.Duration) { return true, 0 },
	})
	if err != nil {
		t.Fatal(err)
	}
	resCh := make(chan int)
	errCh := make(chan error)
	sideCh := make(chan error)
	go w.run(resCh, errCh, sideCh) // want `goroutine blocks forever sending on sideCh`
	defer w.stop()
	select {
	case <-resCh:
		t.Errorf("expected an error")
	case <-errCh:
	case <-time.After(20 * time.Millisecond):
	}
}
