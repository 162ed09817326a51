package gl102

import "sync"

// The function closes the channels for its goroutines, but an early return after
// starting them skips the close: their ranges wait forever.
func loadAll(read func() error, items []int) error {
	chs := make([]chan int, 3)
	var wg sync.WaitGroup
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
		return err // want `returns here without closing chs\. The range over chs in the goroutine started above then waits forever`
	}
	for _, v := range items {
		chs[v%3] <- v
	}
	for _, c := range chs {
		close(c)
	}
	wg.Wait()
	return nil
}
