package gl206

import "sync"

func runAll(jobs []int) int {
	var wg sync.WaitGroup
	total := make([]int, len(jobs))
	wg.Add(len(jobs))
	for i, j := range jobs {
		go func(i, j int) {
			defer wg.Done()
			total[i] = j * 2
		}(i, j)
		wg.Wait() // want `wg.Wait\(\) inside the loop that starts the goroutines it counted before the loop`
	}
	sum := 0
	for _, t := range total {
		sum += t
	}
	return sum
}
