package gl202

import "sync"

// evenHalf waits for all the workers, and for the even ones first: wgEven counts only those (m/2 of
// m), and only those call its Done, in the closure each worker defers.
func evenHalf(m int, work func(int)) {
	var all, wgEven sync.WaitGroup
	all.Add(m)
	wgEven.Add(m / 2)
	for i := 0; i < m; i++ {
		idx := i
		go func() {
			defer func() {
				all.Done()
				if idx%2 == 0 {
					wgEven.Done()
				}
			}()
			work(idx)
		}()
	}
	wgEven.Wait()
	all.Wait()
}

// firstHalf counts the workers of the first half of the items only, the ones that call Done.
func firstHalf(items []string, work func(string)) {
	var half sync.WaitGroup
	half.Add(len(items) / 2)
	for i := range items {
		go func(k int) {
			work(items[k])
			if k < len(items)/2 {
				half.Done()
			}
		}(i)
	}
	half.Wait()
}
