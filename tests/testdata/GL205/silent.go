package gl205

import "sync"

func barrier(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
			wg.Wait()
		}()
	}
}

func separate(jobs []func()) {
	var wg, children sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, j := range jobs {
			children.Add(1)
			go func(j func()) { defer children.Done(); j() }(j)
		}
		children.Wait()
	}()
	wg.Wait()
}

func arrive(id int, wg *sync.WaitGroup) {
	wg.Done()
	wg.Wait()
}

// A barrier in a named body: Done first, then wait for the others.
func startBarrier(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go arrive(i, &wg)
	}
	wg.Wait()
}
