package gl205

import "sync"

func start(jobs []func(*sync.WaitGroup)) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, j := range jobs {
			wg.Add(1)
			go j(&wg)
		}
		wg.Wait() // want `wg\.Wait\(\) inside a goroutine counted by wg`
	}()
	wg.Wait()
}
