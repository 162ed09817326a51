// A small program with goroutine leaks, to try goleash on:
//
//	goleash check examples/leak.go
package main

import (
	"errors"
	"time"
)

func fetch() (int, error) {
	ch := make(chan int)
	go func() {
		ch <- slowAnswer() // leaks when the timeout wins
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(100 * time.Millisecond):
		return 0, errors.New("timeout")
	}
}

func slowAnswer() int {
	time.Sleep(time.Second)
	return 42
}

func main() {
	for i := 0; i < 3; i++ { // each timed-out fetch leaves one more goroutine blocked
		if _, err := fetch(); err != nil {
			println(err.Error())
		}
	}
}
