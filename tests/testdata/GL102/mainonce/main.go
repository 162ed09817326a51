package main

import (
	"fmt"
	"sync"
)

// The printer is started once by main and parked after the last value: main returns right
// after the workers are done, and the process ends with it.
func main() {
	req := make(chan int)
	ack := make(chan struct{})
	go func() {
		for v := range req {
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
