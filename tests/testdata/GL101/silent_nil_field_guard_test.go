package gl101

import (
	"errors"
	"testing"
	"time"
)

// The worker sends on its side channel only under "if w.retry != nil"; the constructor copies
// retry from the input, and the input given leaves it out: the side send cannot happen.

type retryFunc func(int) (bool, time.Duration)

type workerInput struct {
	Source func() error
	Retry  retryFunc
}

type viewWorker struct {
	source func() error
	retry  retryFunc
	stopCh chan struct{}
}

func newViewWorker(i *workerInput) (*viewWorker, error) {
	return &viewWorker{source: i.Source, retry: i.Retry, stopCh: make(chan struct{})}, nil
}

func (w *viewWorker) stop() { close(w.stopCh) }

func (w *viewWorker) run(resCh chan<- int, errCh chan<- error, sideCh chan<- error) {
	if err := w.source(); err != nil {
		if w.retry != nil {
			w.retry(0)
			sideCh <- err
		}
		select {
		case <-w.stopCh:
		case errCh <- err:
		}
		return
	}
	select {
	case <-w.stopCh:
	case resCh <- 1:
	}
}

func TestViewWorkerErr(t *testing.T) {
	w, err := newViewWorker(&workerInput{Source: func() error { return errors.New("boom") }})
	if err != nil {
		t.Fatal(err)
	}
	resCh := make(chan int)
	errCh := make(chan error)
	sideCh := make(chan error)
	go w.run(resCh, errCh, sideCh)
	defer w.stop()
	select {
	case <-resCh:
		t.Errorf("expected an error")
	case <-errCh:
	case <-time.After(20 * time.Millisecond):
	}
}
