package gl402

import "sync"

// Subscribe merges the sources into one channel. With no source it hands back a closer that closes the
// channel; otherwise a waiter closes it once the forwarders are done. Each call makes its channel and
// takes one of the two ways: no channel is closed twice.
func Subscribe(sources []chan string) (<-chan string, func()) {
	ch := make(chan string, 16)
	if len(sources) == 0 {
		unsubscribe := func() { close(ch) }
		return ch, unsubscribe
	}
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
	}
	return ch, unsubscribe
}
