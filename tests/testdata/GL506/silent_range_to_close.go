package gl506

import "sync"

type batchFetcher struct {
	pending []string
	fetched []string
}

// The collector reaches its write only once the range over results ended, which needs the
// producer's close, its last act after its own writes: the close orders them.
func (b *batchFetcher) fetchAll(fetch func(string) (string, error), done func(error)) {
	results := make(chan string, len(b.pending))
	go func() {
		var wg sync.WaitGroup
		for len(b.pending) > 0 {
			var key string
			key, b.pending = b.pending[0], b.pending[1:]
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				v, err := fetch(k)
				if err != nil {
					return
				}
				results <- v
			}(key)
		}
		wg.Wait()
		close(results)
	}()
	go func() {
		for v := range results {
			if v == "" {
				done(nil)
				return
			}
			b.fetched = append(b.fetched, v)
		}
		b.pending = nil
		done(nil)
	}()
}
