package gl502

import "sync"

// The twin: the test is on j, which every goroutine runs through, so all of
// them write.
func lastWorkerValue() int {
	var wg sync.WaitGroup
	var last int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				if j == 9 {
					last = id*10 + j // want `data race on last`
				}
			}
		}(i)
	}
	wg.Wait()
	return last
}
