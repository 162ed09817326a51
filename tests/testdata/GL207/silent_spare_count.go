package gl207

import "sync"

func produceAll(out chan<- int) { close(out) }

func forward(stop <-chan struct{}) *sync.WaitGroup {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(1) // counts the producer; the forwarder below calls Done when out closes
	go produceAll(out)
	wg.Add(1) // counts the forwarder itself
	go func() {
		defer wg.Done()
		var src <-chan int = out
		for {
			select {
			case _, ok := <-src:
				if !ok {
					src = nil
					wg.Done() // producer finished
				}
			case <-stop:
				if src != nil {
					for range src {
					}
					wg.Done() // producer finished
				}
				return
			}
		}
	}()
	return &wg
}
