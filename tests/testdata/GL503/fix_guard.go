package gl503

import (
	"fmt"
	"sync"
)

func index(docs []string) map[string]int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	lengths := make(map[string]int)
	total := 0
	for _, d := range docs {
		wg.Add(1)
		go func(d string) {
			defer wg.Done()
			lengths[d] = len(d) // want `map lengths is written`
			mu.Lock()
			total += len(d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(total)
	return lengths
}
