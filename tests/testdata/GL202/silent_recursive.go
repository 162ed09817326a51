package gl202

import "sync"

// Done at the bottom of a recursion: every level returns only after the level below it has, so every
// call that returns has called Done (runtime's countpwg).
func descend(n *int, ready *sync.WaitGroup, teardown chan bool) {
	if *n == 0 {
		ready.Done()
		<-teardown
		return
	}
	*n--
	descend(n, ready, teardown)
}

func startDescents() {
	var ready sync.WaitGroup
	teardown := make(chan bool)
	for j := 0; j < 10; j++ {
		ready.Add(1)
		go func() {
			x := 1000
			descend(&x, &ready, teardown)
		}()
	}
	ready.Wait()
	close(teardown)
}
