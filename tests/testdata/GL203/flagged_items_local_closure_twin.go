package gl203

import "sync"

// postOnce calls Done once, after the loop: three counted, one paid.
func postEventsOnce(names []string, publish func(string) error) {
	var wg sync.WaitGroup
	post := func(wg *sync.WaitGroup, names []string) {
		defer wg.Done()
		for _, n := range names {
			_ = publish(n)
		}
	}
	wg.Add(3) // want `wg\.Add\(3\) but 1 goroutine calls wg\.Done\(\) before wg\.Wait\(\)`
	go post(&wg, names)
	wg.Wait()
}
