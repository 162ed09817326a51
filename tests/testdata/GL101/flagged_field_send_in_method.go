package gl101

import "errors"

// A method that sends on a field channel nothing in the package receives from: whoever runs it, the
// goroutine `go w.awaitErr()` here, blocks forever at the send.
type resultWatcher struct {
	errc    chan error
	results chan bool
}

func newResultWatcher() *resultWatcher {
	return &resultWatcher{errc: make(chan error), results: make(chan bool)}
}

func (w *resultWatcher) awaitErr() {
	err := <-w.errc
	w.results <- err != nil // want `send on w\.results blocks forever\. Nothing in the package receives from resultWatcher\.results`
}

func (w *resultWatcher) Stop() {
	w.errc <- errors.New("stop")
}

func startResultWatcher() *resultWatcher {
	w := newResultWatcher()
	go w.awaitErr()
	return w
}
