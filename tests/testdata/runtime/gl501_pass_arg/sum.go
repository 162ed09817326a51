package rt

import "sync"

// Squares returns the square of every item, computed concurrently.
func Squares(items []int) []int {
	out := make([]int, len(items))
	var wg sync.WaitGroup
	for i := 0; i < len(items); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = items[i] * items[i] // want `captures loop variable i`
		}()
	}
	wg.Wait()
	return out
}
