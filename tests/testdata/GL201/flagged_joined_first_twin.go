package gl201

import "sync"

// fanOutLate waits for the queries before the goroutines that count them: that Wait may see zero.
func fanOutLate(n int) {
	var (
		started sync.WaitGroup
		queries sync.WaitGroup
	)
	for i := 0; i < n; i++ {
		started.Add(1)
		go func(i int) {
			defer started.Done()
			queries.Add(1) // want `queries\.Add runs in a goroutine queries does not count`
			go func() {
				_ = lookup(i)
				queries.Done()
			}()
		}(i)
	}
	queries.Wait()
	started.Wait()
}
