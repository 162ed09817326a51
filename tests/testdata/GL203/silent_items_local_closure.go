package gl203

import "sync"

// post is handed the group and calls Done once per event it posts, in a loop of its own: three
// events, three Dones from one goroutine.
func postEvents(names []string, publish func(string) error) {
	var wg sync.WaitGroup
	post := func(wg *sync.WaitGroup, names []string) {
		for _, n := range names {
			_ = publish(n)
			wg.Done()
		}
	}
	wg.Add(3)
	go post(&wg, names)
	wg.Wait()
}
