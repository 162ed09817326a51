package gl203

import (
	"log"
	"net"
	"sync"
)

// serveOnce returns once a connection was handled: both goroutines reach their deferred Done, and the
// second one takes the count below zero.
func serveOnce(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	c, err := ln.Accept()
	if err == nil {
		c.Close()
	}
}

func runTwice(addr string) {
	var wg sync.WaitGroup
	wg.Add(1) // want `wg\.Add\(1\) but 2 goroutines call wg\.Done\(\) before wg\.Wait\(\)\. The counter goes negative`
	go func() {
		defer wg.Done()
		serveOnce(addr)
	}()
	go func() {
		defer wg.Done()
		serveOnce(addr)
	}()
	wg.Wait()
}
