package gl502

// n is 0: the receive loops do not run, and misses is read while the goroutine may write it.
func collectNone(open func() (int, bool), serve func(int) error) (int, error) {
	const n = 0
	opened := make(chan int, n)
	misses := 0
	go func() {
		defer close(opened)
		got := 0
		for got < n {
			id, ok := open()
			if !ok {
				misses++ // want `data race on misses`
				continue
			}
			got++
			opened <- id
		}
	}()
	results := make(chan error, n)
	for range n {
		id := <-opened
		go func() { results <- serve(id) }()
	}
	for range n {
		if err := <-results; err != nil {
			return 0, err
		}
	}
	return misses, nil
}
