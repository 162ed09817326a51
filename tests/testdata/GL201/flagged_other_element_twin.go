package gl201

import "sync"

// phasesBoth waits on the element the goroutine adds to: the Wait can come first.
func phasesBoth(send func(int)) {
	wgs := make([]sync.WaitGroup, 2)
	first, second := 0, 1
	go func() {
		wgs[second].Add(1) // want `wgs\[second\]\.Add runs in a goroutine`
		go func() {
			defer wgs[second].Done()
			send(1)
		}()
	}()
	wgs[first].Add(1)
	go func() {
		defer wgs[first].Done()
		send(2)
	}()
	wgs[first].Wait()
	wgs[second].Wait()
}

// greetEarly marks itself started before it adds to beats.
func greetEarly(send func(string)) {
	var beats, started sync.WaitGroup
	started.Add(1)
	go func() {
		started.Done()
		beats.Add(1) // want `beats\.Add runs in a goroutine`
		go func() {
			defer beats.Done()
			send("beat")
		}()
	}()
	started.Wait()
	beats.Wait()
}
