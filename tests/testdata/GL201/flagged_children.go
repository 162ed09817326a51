package gl201

import "sync"

// A dispatcher goroutine counts the workers it starts, but nothing counts the
// dispatcher: Wait may run before its first Add.
func dispatch(items []int) {
	var wg sync.WaitGroup
	go func() {
		for _, it := range items {
			wg.Add(1) // want `wg\.Add runs in a goroutine wg does not count`
			go func(it int) {
				defer wg.Done()
				process(it)
			}(it)
		}
	}()
	wg.Wait()
}

func register(wg *sync.WaitGroup) {
	wg.Add(1)
	defer wg.Done()
	process(0)
}

func registerAll() {
	var wg sync.WaitGroup
	go register(&wg) // want `goroutine register calls wg\.Add after it starts`
	wg.Wait()
}
