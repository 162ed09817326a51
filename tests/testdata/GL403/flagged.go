package gl403

import "fmt"

func sendThenReceive() {
	ch := make(chan int)
	ch <- 1 // want `send on unbuffered ch blocks forever`
	fmt.Println(<-ch)
}

func receiveThenSend() {
	ch := make(chan string)
	s := <-ch // want `receive from unbuffered ch blocks forever`
	ch <- s
}

func inGoroutine() {
	go func() {
		results := make(chan int)
		results <- 42 // want `send on unbuffered results blocks forever`
		fmt.Println(<-results)
	}()
}
