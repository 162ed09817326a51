package gl101

import (
	"errors"
	"time"
)

func slowAnswer() (string, error) {
	answer := make(chan string)
	go func() {
		time.Sleep(2 * time.Second)
		answer <- "42" // want `goroutine blocks forever sending on answer`
	}()
	select {
	case a := <-answer:
		return a, nil
	case <-time.After(time.Second):
		return "", errors.New("too slow")
	}
}

func fanOutFix(items []int) int {
	out := make(chan int)
	for _, it := range items {
		go func(n int) {
			out <- n // want `goroutine blocks forever sending on out`
		}(it)
	}
	select {
	case v := <-out:
		return v
	case <-time.After(time.Second):
		return 0
	}
}
