package gl102

import "sync"

// The close is deferred (with the wait): every return closes the channels first.
func loadAllDeferred(read func() error, items []int) error {
	chs := make([]chan int, 3)
	var wg sync.WaitGroup
	defer func() {
		for _, c := range chs {
			close(c)
		}
		wg.Wait()
	}()
	for i := range chs {
		chs[i] = make(chan int, 4)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for v := range chs[i] {
				_ = v
			}
		}(i)
	}
	if err := read(); err != nil {
		return err
	}
	for _, v := range items {
		chs[v%3] <- v
	}
	return nil
}
