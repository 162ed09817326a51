package gl203

import "sync"

// The count is raised in two Adds before the goroutines start: 1 + 1 for two goroutines.
func deleteBoth(del func(string), a, b string) {
	wg := sync.WaitGroup{}
	wg.Add(1)
	wg.Add(1)
	go func() {
		del(a)
		wg.Done()
	}()
	go func() {
		del(b)
		wg.Done()
	}()
	wg.Wait()
}
