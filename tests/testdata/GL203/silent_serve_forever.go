package gl203

import (
	"log"
	"net"
	"sync"
)

// Both goroutines run serve loops that never return (their only way out is log.Fatalf, which ends the
// process): neither deferred Done runs, so Add(1) for two goroutines never lets the count go negative;
// the Wait keeps the program running.
type dnsServer struct{}

func (s *dnsServer) serveUDP(addr string) {
	for {
		conn, err := net.ListenPacket("udp", addr)
		if err != nil {
			log.Fatalf("listen: %v", err)
		}
		buf := make([]byte, 512)
		if _, _, err := conn.ReadFrom(buf); err != nil {
			continue
		}
	}
}

func (s *dnsServer) serveTCP(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	for {
		c, err := ln.Accept()
		if err != nil {
			continue
		}
		c.Close()
	}
}

func runForever(s *dnsServer, addr string) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.serveUDP(addr)
	}()
	go func() {
		defer wg.Done()
		s.serveTCP(addr)
	}()
	wg.Wait()
}
