package gl206

import "sync"

// Add inside the loop: each batch of one is waited for before the next (serial, but correct).
func oneByOne(jobs []int) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			_ = j
		}(j)
		wg.Wait()
	}
}

// Wait after the loop.
func all(jobs []int) {
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, j := range jobs {
		go func(j int) {
			defer wg.Done()
			_ = j
		}(j)
	}
	wg.Wait()
}

func cube(v int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[v] = v * v * v
}

// Counted and waited for per iteration, with a named body.
func cubesOneByOne(n int) []int {
	out := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go cube(i, out, &wg)
		wg.Wait()
	}
	return out
}
