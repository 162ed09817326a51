package main

import (
	"errors"
	"os"
	"time"
)

var workErr error

func work() error { return workErr }

// run is main's one-shot body: when it returns on the timeout, main exits and the blocked
// sender ends with the process.
func run() error {
	errc := make(chan error)
	go func() { errc <- work() }()
	select {
	case err := <-errc:
		if err != nil {
			return err
		}
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
	return watch(make(chan struct{}))
}

// poll is called by main in a loop: each timed-out call leaves one more goroutine blocked.
func poll() error {
	errc := make(chan error)
	go func() { errc <- work() }() // want `goroutine blocks forever sending on errc`
	select {
	case err := <-errc:
		return err
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
}

// watch runs once, as run's last act (run is main's): its one goroutine, blocked when the loop stops
// receiving, ends with the process.
func watch(stop <-chan struct{}) error {
	events := make(chan int)
	go func() {
		for i := 0; ; i++ {
			events <- i
		}
	}()
	for {
		select {
		case <-events:
		case <-stop:
			return nil
		}
	}
}

// main ends the process when it returns: a sender left blocked on the timeout path ends too.
func main() {
	for i := 0; i < 3; i++ {
		_ = poll()
	}
	stop := make(chan struct{})
	go func() { stop <- struct{}{} }()
	select {
	case <-stop:
	case <-time.After(time.Second):
		return
	}
	if err := run(); err != nil {
		os.Exit(1)
	}
}
