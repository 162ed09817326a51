package gl203

import "sync"

func both(x, y func()) {
	var wg sync.WaitGroup
	wg.Add(1) // want `wg.Add\(1\) but 2 goroutines`
	go func() { defer wg.Done(); x() }()
	go func() { defer wg.Done(); y() }()
	wg.Wait()
}
