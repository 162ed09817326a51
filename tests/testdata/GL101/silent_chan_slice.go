package gl101

import "fmt"

// One unbuffered channel per goroutine, stored in a slice; the parent receives
// from every element through the range variable.
func fanInSlice(n int) []string {
	chans := make([]chan string, n)
	for i := range chans {
		chans[i] = make(chan string)
		go func(ch chan string, i int) {
			defer close(ch)
			ch <- fmt.Sprint(i)
		}(chans[i], i)
	}
	var out []string
	for _, ch := range chans {
		for v := range ch {
			out = append(out, v)
		}
	}
	return out
}
