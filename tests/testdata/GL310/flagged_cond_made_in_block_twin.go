package gl310

import "sync"

func listenUnix(path string) error { return nil }

// The Cond is made in the if's block, but the lock is taken only after the goroutine starts: it can
// signal before the Wait, and the Wait then blocks.
func startUnixServer(path string) {
	if path != "" {
		cond := sync.NewCond(&sync.Mutex{})
		go func() {
			_ = listenUnix(path)
			cond.L.Lock()
			cond.Signal()
			cond.L.Unlock()
		}()
		cond.L.Lock()
		cond.Wait() // want `cond.Wait\(\) may miss the goroutine's Signal and block`
		cond.L.Unlock()
	}
}
