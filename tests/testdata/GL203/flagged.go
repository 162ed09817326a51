package gl203

import "sync"

func a() {}
func b() {}

func twoOfThree() {
	var wg sync.WaitGroup
	wg.Add(3) // want `wg.Add\(3\) but 2 goroutines call wg.Done\(\) before wg.Wait\(\): Wait never returns`
	go func() { defer wg.Done(); a() }()
	go func() { defer wg.Done(); b() }()
	wg.Wait()
}

func negative(wg *sync.WaitGroup) {
	wg.Add(-1) // want `wg.Add\(-1\): a negative Add is a Done in disguise`
}
