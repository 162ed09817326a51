package rt

// Lengths streams the length of each word to a counting goroutine and returns at once.
func Lengths(words []string, total *int, done chan<- struct{}) {
	ch := make(chan int)
	go func() {
		for n := range ch { // want `range over ch never ends`
			*total += n
		}
		done <- struct{}{}
	}()
	go func() {
		for _, w := range words {
			ch <- len(w)
		}
	}()
}
