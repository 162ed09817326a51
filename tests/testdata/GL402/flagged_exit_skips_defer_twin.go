package gl402

import (
	"errors"
)

var errAuxiliaryTwin = errors.New("auxiliary failure")

func runDaemonTwin(stop <-chan struct{}, exitCh, errCh chan error) error { return errAuxiliaryTwin }

// startDaemonTwin closes its channels itself, then returns: the deferred
// closes run after them.
func startDaemonTwin(stop <-chan struct{}) {
	exitCh := make(chan error)
	defer close(exitCh) // want "close\\(exitCh\\) can run twice"

	errCh := make(chan error)
	defer close(errCh) // want "close\\(errCh\\) can run twice"

	if err := runDaemonTwin(stop, exitCh, errCh); err != nil {
		if errors.Is(err, errAuxiliaryTwin) {
			close(errCh)
			close(exitCh)
			return
		}
	}
}

var _ = startDaemonTwin
