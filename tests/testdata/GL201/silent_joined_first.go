package gl201

import "sync"

func lookup(i int) int { return i * 2 }

// fanOut counts each query from the goroutine that starts it; it waits for those goroutines first,
// so every Add of the queries ran before their Wait.
func fanOut(n int) {
	var (
		started sync.WaitGroup
		queries sync.WaitGroup
	)
	for i := 0; i < n; i++ {
		started.Add(1)
		go func(i int) {
			defer func() {
				started.Done()
			}()
			queries.Add(1)
			go func() {
				_ = lookup(i)
				queries.Done()
			}()
		}(i)
	}
	started.Wait()
	queries.Wait()
}
