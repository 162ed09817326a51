package rt

// First returns the first of two values a goroutine produces.
func First(a, b int) int {
	ch := make(chan int)
	go func() {
		ch <- a
		ch <- b
	}()
	v := <-ch
	close(ch) // want `close\(ch\) by its receiver while its sender has more to send`
	return v
}
