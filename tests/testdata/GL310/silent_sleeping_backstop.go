package gl310

import (
	"sync"
	"time"
)

type submitter func(w *sync.Cond, ok *bool)

// The backstop sleeps the whole timeout before it signals: the Wait right after its go statement
// is reached long before.
func submitAll(subs []submitter, timeout time.Duration) bool {
	ok := false
	w := sync.NewCond(&sync.Mutex{})
	w.L.Lock()
	for _, s := range subs {
		go s(w, &ok)
	}
	// Also a timeout, in case no submitter answers.
	go func() {
		time.Sleep(timeout)
		w.Signal()
	}()
	w.Wait()
	done := ok
	w.L.Unlock()
	return done
}
