package gl203

import "sync"

func a() {}
func b() {}

func twoOfThree() {
	var wg sync.WaitGroup
	wg.Add(3) // want `wg\.Add\(3\) but 2 goroutines call wg\.Done\(\) before wg\.Wait\(\)`
	go func() { defer wg.Done(); a() }()
	go func() { defer wg.Done(); b() }()
	wg.Wait()
}

func negative(wg *sync.WaitGroup) {
	wg.Add(-1) // want `wg\.Add\(-1\) is a Done in disguise`
}

func countDownEarly() {
	var wg sync.WaitGroup
	negative(&wg)
	wg.Wait()
}

var processErr error

func process(int) error { return processErr }

func skipNegatives(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items)) // want `wg\.Add\(len\(items\)\) counts every element, but the loop can skip one`
	for _, it := range items {
		if it < 0 {
			continue
		}
		go func(it int) {
			defer wg.Done()
			_ = process(it)
		}(it)
	}
	wg.Wait()
}
