package gl402

import "sync"

// As Subscribe, but the closer handed back also closes the merged channel on the path where the waiter
// closes it: unsubscribing after the forwarders are done closes it twice.
func SubscribeAll(sources []chan string) (<-chan string, func()) {
	ch := make(chan string, 16)
	var wg sync.WaitGroup
	for _, src := range sources {
		wg.Add(1)
		go func(c chan string) {
			defer wg.Done()
			for line := range c {
				ch <- line
			}
		}(src)
	}
	go func() { wg.Wait(); close(ch) }()
	unsubscribe := func() {
		for _, src := range sources {
			close(src)
		}
		close(ch) // want "close\\(ch\\) can run twice"
	}
	return ch, unsubscribe
}
