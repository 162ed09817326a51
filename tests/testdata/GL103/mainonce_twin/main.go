package main

import (
	"log"
	"net/http"
	"time"
)

type engine struct {
	updates chan int
}

// The twin: main starts an engine per port, each time one more endless loop.
func (e *engine) Start() {
	go func() { // want `nothing in its loop returns`
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
	for _, port := range []string{":8080", ":8081"} {
		e := &engine{updates: make(chan int, 16)}
		e.Start()
		go func(p string) { log.Print(http.ListenAndServe(p, nil)) }(port)
	}
	select {}
}
