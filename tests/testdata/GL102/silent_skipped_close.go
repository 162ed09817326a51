package gl102

// Closed with defer: every path closes.
func Deferred(xs []int) int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, x := range xs {
			if x < 0 {
				return
			}
			ch <- x
		}
	}()
	n := 0
	for range ch {
		n++
	}
	return n
}

// Closed on the early path too.
func BothPaths(xs []int) int {
	ch := make(chan int)
	go func() {
		for _, x := range xs {
			if x < 0 {
				close(ch)
				return
			}
			ch <- x
		}
		close(ch)
	}()
	n := 0
	for range ch {
		n++
	}
	return n
}

func finish(ch chan int) { close(ch) }

// Closed by a helper on every path.
func ViaHelper(xs []int) int {
	ch := make(chan int)
	go func() {
		for _, x := range xs {
			if x < 0 {
				finish(ch)
				return
			}
			ch <- x
		}
		finish(ch)
	}()
	n := 0
	for range ch {
		n++
	}
	return n
}
