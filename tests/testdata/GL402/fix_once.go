package gl402

import "fmt"

func firstResult(urls []string) string {
	first := make(chan string, 1)
	done := make(chan struct{})
	for _, u := range urls {
		go func(u string) {
			select {
			case first <- u:
			default:
			}
			close(done) // want `close\(done\) can run twice: the second close panics`
		}(u)
	}
	<-done
	r := <-first
	fmt.Println(r)
	return r
}
