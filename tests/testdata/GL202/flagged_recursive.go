package gl202

import "sync"

// A recursion that calls Done only at one depth: a call that starts below it reaches the bottom without.
func countdown(n *int, ready *sync.WaitGroup) {
	if *n == 0 {
		return
	}
	*n--
	if *n == 5 {
		ready.Done()
	}
	countdown(n, ready)
}

func startCountdowns() {
	var ready sync.WaitGroup
	for j := 0; j < 10; j++ {
		ready.Add(1)
		go func() {
			x := 3
			countdown(&x, &ready) // want `goroutine reaches its end after this without calling ready\.Done\(\)`
		}()
	}
	ready.Wait()
}
