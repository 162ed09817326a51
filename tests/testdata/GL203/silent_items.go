package gl203

import "sync"

// Each worker calls Done once per item it handles, not once per goroutine: 100 items, 100 Dones.
func drainItems(a, b <-chan int) {
	var wg sync.WaitGroup
	wg.Add(100)
	go func() {
		for range a {
			wg.Done()
		}
	}()
	go func() {
		for range b {
			wg.Done()
		}
	}()
	wg.Wait()
}

// A start barrier: Add(3) before the goroutines wait on it, Add(-3) by the same goroutine afterwards
// releases them; nothing else counts it down, so the counter never goes below zero.
func startTogether(work func(int) error) []error {
	var gate sync.WaitGroup
	gate.Add(3)
	res := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			gate.Wait()
			res <- work(i)
		}(i)
	}
	gate.Add(-3)
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, <-res)
	}
	return errs
}
