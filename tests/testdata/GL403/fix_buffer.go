package gl403

import "fmt"

func pair() {
	ch := make(chan string)
	ch <- "a" // want `send on unbuffered ch blocks forever`
	ch <- "b"
	fmt.Println(<-ch, <-ch)
}
