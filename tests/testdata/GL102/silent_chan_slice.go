package gl102

import "sync"

// The parent fills a slice of buffered channels, closes every element through
// the range variable, then workers range over them.
func doParallel(items []int, f func(int)) {
	workers := 4
	if len(items) < workers {
		workers = len(items)
	}
	if workers == 0 {
		return
	}
	per := (len(items) + workers - 1) / workers
	chs := make([]chan int, workers)
	for i := range chs {
		chs[i] = make(chan int, per)
	}
	for i, it := range items {
		chs[i%len(chs)] <- it
	}
	for _, ch := range chs {
		close(ch)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for it := range chs[w] {
				f(it)
			}
		}(w)
	}
	wg.Wait()
}
