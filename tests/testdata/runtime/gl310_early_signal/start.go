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
	done.Wait() // want `done\.Wait\(\) checks no condition, and the goroutine started above may signal before it waits`
	mu.Unlock()
}
