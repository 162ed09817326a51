package gl206

import "sync"

func square(v int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[v] = v * v
}

// The goroutine's body is a package function that calls Done.
func squares(n int) []int {
	out := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go square(i, out, &wg)
		wg.Wait() // want `wg\.Wait\(\) inside the loop that starts the goroutines it waits for`
	}
	return out
}
