package gl506

import "sync"

type tally struct {
	total int
}

// CountByName locks each goroutine's own name: no two goroutines share a
// lock around t.total.
func CountByName(names []string, t *tally) {
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			metaLocks.Lock(n)
			defer metaLocks.Unlock(n)
			t.total++ // want `data race on t\.total`
		}(n)
	}
	wg.Wait()
}
