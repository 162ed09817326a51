package gl401

func produce(out chan<- int, v int) { out <- v }

// The goroutines run a package function that sends: the close does not wait for them.
func closeEarly(jobs []int) {
	out := make(chan int, len(jobs))
	for _, j := range jobs {
		go produce(out, j)
	}
	close(out) // want `close\(out\) while a goroutine may still send on it`
}

func deferredNamed(jobs []int) <-chan int {
	out := make(chan int)
	defer close(out) // want `deferred close\(out\) runs at return`
	for _, j := range jobs {
		go produce(out, j)
	}
	return out
}
