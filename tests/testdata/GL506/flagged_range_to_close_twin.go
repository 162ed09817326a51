package gl506

import "sync"

type batchLoader struct {
	pending []string
	loaded  []string
}

// The twin: the collector breaks out of its range on an empty value, before the producer's close,
// and its write then runs while the producer still takes from pending.
func (b *batchLoader) loadAll(load func(string) string, done func()) {
	results := make(chan string, len(b.pending))
	go func() {
		var wg sync.WaitGroup
		for len(b.pending) > 0 {
			var key string
			key, b.pending = b.pending[0], b.pending[1:] // want "two goroutines write it"
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				results <- load(k)
			}(key)
		}
		wg.Wait()
		close(results)
	}()
	go func() {
		for v := range results {
			if v == "" {
				break
			}
			b.loaded = append(b.loaded, v)
		}
		b.pending = nil // want "two goroutines write it"
		done()
	}()
}
