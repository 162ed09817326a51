package gl301

import (
	"errors"
	"log"
	"sync"
)

var errNoWatcher = errors.New("no watcher")

func newWatcher(n int) (int, error) {
	if n < 0 {
		return 0, errNoWatcher
	}
	return n, nil
}

// startWatcher builds its watcher under the shared mutex. On the error path
// the mutex stays locked, but every caller ends the process on that error:
// no other Lock can wait for it.
func startWatcher(mu *sync.Mutex, n int) error {
	mu.Lock()
	w, err := newWatcher(n)
	if err != nil {
		return err
	}
	mu.Unlock()
	_ = w
	return nil
}

func runWatchers(n int) {
	var mu sync.Mutex
	go func() {
		err := startWatcher(&mu, n)
		if err != nil {
			log.Fatalf("cannot start the first watcher: %v", err)
		}
	}()
	go func() {
		err := startWatcher(&mu, n+1)
		if err != nil {
			log.Fatalf("cannot start the second watcher: %v", err)
		}
	}()
}

var _ = runWatchers
