package gl207

import "sync"

func process(j func() error, wg *sync.WaitGroup) {
	defer wg.Done()
	if j() != nil {
		wg.Done()
	}
}

// The goroutine's body is a package function that can call Done twice.
func processAll(jobs []func() error) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go process(j, &wg) // want `process can call wg\.Done\(\) twice for a goroutine counted once`
	}
	wg.Wait()
}
