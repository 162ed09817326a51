package rt

import "sync"

// Lengths maps every word to its length, computed concurrently.
func Lengths(words []string) map[string]int {
	out := make(map[string]int)
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			out[w] = len(w) // want `map out is written`
		}(w)
	}
	wg.Wait()
	return out
}
