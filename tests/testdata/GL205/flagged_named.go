package gl205

import "sync"

func awaitAll(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	wg.Wait()
}

// The goroutine's body is a package function that waits before its deferred Done.
func startAwaiting(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go awaitAll(i, &wg) // want `awaitAll waits on wg inside a goroutine wg counts`
	}
	wg.Wait()
}
