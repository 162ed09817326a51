package gl403

import "fmt"

func loopSend(n int) {
	ch := make(chan int)
	for i := 0; i < n; i++ {
		ch <- i // want `send on unbuffered ch blocks forever` fix:`Send from a new goroutine`
		fmt.Println(<-ch)
	}
}
