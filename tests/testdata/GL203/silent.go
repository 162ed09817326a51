package gl203

import "sync"

func exact() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); a() }()
	go func() { defer wg.Done(); b() }()
	wg.Wait()
}

func worker(wg *sync.WaitGroup) { defer wg.Done() }

func named() {
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(&wg)
	go worker(&wg)
	wg.Wait()
}

func inLoop(n int) {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() { defer wg.Done() }()
	}
	wg.Wait()
}

// Every element gets its goroutine.
func everyOne(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items))
	for _, it := range items {
		go func(it int) {
			defer wg.Done()
			_ = it
		}(it)
	}
	wg.Wait()
}
