package gl406

func emit(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
}

// The goroutine's body is a package function that sends in a loop.
func takeTwo(n int) []int {
	ch := make(chan int)
	go emit(ch, n)
	a, b := <-ch, <-ch
	close(ch) // want `close\(ch\) by its receiver while its sender keeps sending`
	return []int{a, b}
}
