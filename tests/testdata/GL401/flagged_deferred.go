package gl401

// The deferred close runs at the return; the workers may still be sending.
func fanOut(jobs []int) <-chan int {
	out := make(chan int, len(jobs))
	defer close(out) // want `deferred close\(out\) runs at return, while a goroutine may still send`
	for _, j := range jobs {
		go func(j int) { out <- j * 2 }(j)
	}
	return out
}
