package gl203

import "sync"

func startValid(jobs []int) {
	var wg sync.WaitGroup
	wg.Add(len(jobs)) // want `wg.Add\(len\(jobs\)\) counts every element`
	for _, j := range jobs {
		if j == 0 {
			continue
		}
		go func(j int) {
			defer wg.Done()
			_ = j * 2
		}(j)
	}
	wg.Wait()
}
