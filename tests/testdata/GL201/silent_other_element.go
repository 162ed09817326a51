package gl201

import "sync"

// phases adds to one element of its slice of WaitGroups in a goroutine and waits on another
// element only: nothing waits on what that goroutine counts.
func phases(send func(int)) {
	wgs := make([]sync.WaitGroup, 2)
	first, second := 0, 1
	go func() {
		wgs[second].Add(1)
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
}

// greet's goroutine adds to beats and calls started.Done() as its last statement: once
// started.Wait() returns, the Add has happened.
func greet(send func(string)) {
	var beats, started sync.WaitGroup
	started.Add(1)
	go func() {
		beats.Add(1)
		go func() {
			defer beats.Done()
			send("beat")
		}()
		started.Done()
	}()
	started.Wait()
	beats.Wait()
}
