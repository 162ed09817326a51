package gl503

import "sync"

func guarded(urls []string) map[string]bool {
	var mu sync.Mutex
	seen := map[string]bool{}
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			ok := fetch(u)
			mu.Lock()
			seen[u] = ok
			mu.Unlock()
		}(u)
	}
	wg.Wait()
	return seen
}

func oneOwner() map[int]int {
	m := make(map[int]int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 10; i++ {
			m[i] = i * i
		}
	}()
	<-done
	return m
}

func sliceSlots(urls []string) []bool {
	out := make([]bool, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func(i int, u string) {
			defer wg.Done()
			out[i] = fetch(u)
		}(i, u)
	}
	wg.Wait()
	return out
}

func perGoroutineMap(n int) {
	for i := 0; i < n; i++ {
		go func() {
			local := map[int]int{}
			local[1] = 2
		}()
	}
}

func syncMap(urls []string) {
	var m sync.Map
	for _, u := range urls {
		go func(u string) {
			m.Store(u, true)
		}(u)
	}
}
