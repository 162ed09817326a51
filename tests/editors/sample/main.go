package main

import (
	"errors"
	"sync"
	"time"
)

func fetch() (int, error) {
	ch := make(chan int)
	go func() {
		ch <- 42
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}

func work(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				return
			}
			println(it)
			wg.Done()
		}(it)
	}
	wg.Wait()
}

func main() { fetch(); work(nil) }
