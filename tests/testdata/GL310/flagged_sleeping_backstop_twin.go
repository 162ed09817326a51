package gl310

import (
	"sync"
	"time"
)

// The twin: the backstop signals first and sleeps after, so its Signal can come before the Wait.
func submitAllEager(subs []submitter, timeout time.Duration) bool {
	ok := false
	w := sync.NewCond(&sync.Mutex{})
	w.L.Lock()
	for _, s := range subs {
		go s(w, &ok)
	}
	go func() {
		w.Signal()
		time.Sleep(timeout)
	}()
	w.Wait() // want `may miss the goroutine's Signal`
	done := ok
	w.L.Unlock()
	return done
}
