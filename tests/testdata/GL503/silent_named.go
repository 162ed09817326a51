package gl503

import "sync"

var marksMu sync.Mutex

func markLocked(seen map[string]bool, u string) {
	marksMu.Lock()
	defer marksMu.Unlock()
	seen[u] = true
}

// The named body holds a mutex while it writes.
func markAllLocked(urls []string) map[string]bool {
	seen := make(map[string]bool)
	for _, u := range urls {
		go markLocked(seen, u)
	}
	return seen
}

func markOne(seen map[string]bool, u string, wg *sync.WaitGroup) {
	defer wg.Done()
	seen[u] = true
}

// One goroutine per iteration, waited for before the next.
func markInTurn(urls []string) map[string]bool {
	seen := make(map[string]bool)
	for _, u := range urls {
		var wg sync.WaitGroup
		wg.Add(1)
		go markOne(seen, u, &wg)
		wg.Wait()
	}
	return seen
}

// Each goroutine gets a map of its own.
func markEach(urls []string) {
	for _, u := range urls {
		own := make(map[string]bool)
		go mark(own, u)
	}
}
