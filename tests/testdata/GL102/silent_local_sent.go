package gl102

import (
	"os"
	"os/signal"
	"time"
)

// Channels the function makes that something sends on, closes, or may: a select with a way out, a
// hand-off to another package, a send in a closure, a deferred close, a method that sends on its
// parameter.
func waitSignal() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	<-sigs
}

func waitOrTimeout() {
	done := make(chan struct{})
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

func waitClosure() int {
	results := make(chan int)
	send := func(v int) { results <- v }
	go send(1)
	return <-results
}

func waitClosed() {
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
}

func (p *pinger) notify(done chan bool) {
	p.ticks <- 1
	done <- true
}

func waitNotified(p *pinger) {
	done := make(chan bool)
	go p.notify(done)
	<-done
}

// Made only to be waited on: a block on purpose (the end of a main, a stub that must hang).
func serveForever(p *pinger) {
	go p.ping(nil)
	stop := make(chan struct{})
	<-stop
}
