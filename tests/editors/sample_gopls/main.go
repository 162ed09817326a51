package main

import (
	"errors"
	"fmt"
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

func printAll(items []string) {
	for _, it := range items {
		go func() {
			fmt.Println(it)
		}()
	}
}

func main() {
	fetch()
	printAll(nil)
}
