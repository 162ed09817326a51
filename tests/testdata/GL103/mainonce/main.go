package main

import (
	"log"
	"net/http"
	"time"
)

type engine struct {
	updates chan int
}

// Start runs once, from main, before the server: one ticker goroutine in the program's life.
func (e *engine) Start() {
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-t.C:
				n++
				e.updates <- n
			}
		}
	}()
}

func main() {
	e := &engine{updates: make(chan int, 16)}
	e.Start()
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	log.Print(http.ListenAndServe(":8080", nil))
}
