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

// A new WaitGroup value between the two Adds starts the count again: 2 for two goroutines (the
// first value's Add is never waited for).
func deleteAgain(del func(string), a, b string) {
	wg := sync.WaitGroup{}
	wg.Add(1)
	del(a)
	wg = sync.WaitGroup{}
	wg.Add(2)
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
