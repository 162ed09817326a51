package rt

import (
	"sync"
	"time"
)

func startAndWait(work func()) {
	var mu sync.Mutex
	done := sync.NewCond(&mu)
	go func() {
		work()
		done.Signal()
	}()
	time.Sleep(50 * time.Millisecond) // the caller's own setup, meanwhile
	mu.Lock()
	done.Wait() // want `done\.Wait\(\) may miss the goroutine's Signal and block forever`
	mu.Unlock()
}
