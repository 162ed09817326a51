package gl301

import (
	"errors"
	"log"
	"sync"
)

var errNoWatcherTwin = errors.New("no watcher")

func newWatcherTwin(n int) (int, error) {
	if n < 0 {
		return 0, errNoWatcherTwin
	}
	return n, nil
}

// startWatcherTwin builds its watcher under the shared mutex. On the error path
// the mutex stays locked, and one caller only logs the error: the other
// watcher's Lock then waits for ever.
func startWatcherTwin(mu *sync.Mutex, n int) error {
	mu.Lock()
	w, err := newWatcherTwin(n)
	if err != nil {
		return err // want "return with mu locked"
	}
	mu.Unlock()
	_ = w
	return nil
}

func runWatchersTwin(n int) {
	var mu sync.Mutex
	go func() {
		err := startWatcherTwin(&mu, n)
		if err != nil {
			log.Fatalf("cannot start the first watcher: %v", err)
		}
	}()
	go func() {
		err := startWatcherTwin(&mu, n+1)
		if err != nil {
			log.Printf("cannot start the second watcher: %v", err)
		}
	}()
}

var _ = runWatchersTwin
