package gl502

import "sync"

// The goroutine starts in one turn only: the flag is set on its way in and never reset.
func firstReady(events chan string) string {
	var got string
	var wg sync.WaitGroup
	started := false
	for ev := range events {
		if !started && ev != "" {
			started = true
			wg.Add(1)
			go func(ev string) {
				defer wg.Done()
				got = ev
			}(ev)
		}
	}
	wg.Wait()
	return got
}

// Only the goroutine of the "vsan" key writes: map keys are distinct.
func vsanOnly(kinds map[string]bool, collect func(string) int) int {
	var vsan int
	var wg sync.WaitGroup
	for k, on := range kinds {
		if !on {
			continue
		}
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			if k == "vsan" {
				vsan = collect(k)
			}
		}(k)
	}
	wg.Wait()
	return vsan
}
