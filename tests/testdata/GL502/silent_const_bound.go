package gl502

// collect opens n items; open fails now and then. Each opened item is handed
// to serve, whose result the function waits for. The last item is opened
// only after the goroutine's last write to misses.
func collect(open func() (int, bool), serve func(int) error) (int, error) {
	const n = 4
	opened := make(chan int, n)
	misses := 0
	go func() {
		defer close(opened)
		got := 0
		for got < n {
			id, ok := open()
			if !ok {
				misses++
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
