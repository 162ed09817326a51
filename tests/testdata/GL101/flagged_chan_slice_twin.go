package gl101

import "fmt"

// The parent stops at the first empty value: the goroutines of the elements
// after it are never received from.
func fanInSliceEarly(n int) []string {
	chans := make([]chan string, n)
	for i := range chans {
		chans[i] = make(chan string)
		go func(ch chan string, i int) {
			ch <- fmt.Sprint(i) // want `goroutine blocks forever sending on`
		}(chans[i], i)
	}
	var out []string
	for _, ch := range chans {
		v := <-ch
		if v == "" {
			break
		}
		out = append(out, v)
	}
	return out
}
