package gl203

import "sync"

// Two Adds of 1 for three goroutines: the third Done takes the counter below zero.
func deleteThree(del func(string), a, b, c string) {
	wg := sync.WaitGroup{}
	wg.Add(1)
	wg.Add(1) // want `wg's Adds count 2 but 3 goroutines call wg\.Done\(\) before wg\.Wait\(\)`
	go func() {
		del(a)
		wg.Done()
	}()
	go func() {
		del(b)
		wg.Done()
	}()
	go func() {
		del(c)
		wg.Done()
	}()
	wg.Wait()
}
