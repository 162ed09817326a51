package main

import (
	"fmt"
	"sync"
)

// The twin: main starts a printer per round and never closes its channel: every round
// leaves one more goroutine parked while main goes on.
func main() {
	for round := 0; round < 100; round++ {
		req := make(chan int)
		ack := make(chan struct{})
		go func() {
			for v := range req { // want `range over req never ends`
				fmt.Println(v)
				ack <- struct{}{}
			}
		}()
		var wg sync.WaitGroup
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				req <- i
				<-ack
			}(i)
		}
		wg.Wait()
	}
}
