package gl202

import "sync"

// evenHalfAll counts every worker, but only the even ones call Done: Wait hangs on the odd ones.
func evenHalfAll(m int, work func(int)) {
	var wgEven sync.WaitGroup
	wgEven.Add(m)
	for i := 0; i < m; i++ {
		idx := i
		go func() {
			defer func() {
				if idx%2 == 0 {
					wgEven.Done()
				}
			}()
			work(idx) // want `goroutine reaches its end after this without calling wgEven\.Done\(\)`
		}()
	}
	wgEven.Wait()
}

// firstHalfAll counts every item's worker, but only the first half call Done.
func firstHalfAll(items []string, work func(string)) {
	var half sync.WaitGroup
	half.Add(len(items))
	for i := range items {
		go func(k int) {
			work(items[k])
			if k < len(items)/2 { // want `goroutine reaches its end after this without calling half\.Done\(\)`
				half.Done()
			}
		}(i)
	}
	half.Wait()
}
