package gl402

import (
	"errors"
	"os"
)

var errAuxiliary = errors.New("auxiliary failure")

func runDaemon(stop <-chan struct{}, exitCh, errCh chan error) error { return errAuxiliary }

// startDaemon closes its channels itself before it ends the process: the
// deferred closes never run after os.Exit.
func startDaemon(stop <-chan struct{}) {
	exitCh := make(chan error)
	defer close(exitCh)

	errCh := make(chan error)
	defer close(errCh)

	if err := runDaemon(stop, exitCh, errCh); err != nil {
		if errors.Is(err, errAuxiliary) {
			close(errCh)
			close(exitCh)
			os.Exit(255)
		}
	}
}

var _ = startDaemon
