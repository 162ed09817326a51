package gl103

import (
	"log"
	"net"
	"time"
)

var heartbeats = make(chan string)

func pushHeartbeats() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			log.Print("tick")
		case h := <-heartbeats:
			log.Print(h)
		}
	}
}

// acceptLoop has no path out of its loop.
func acceptLoop(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			log.Print(err)
			continue
		}
		go func() { heartbeats <- c.RemoteAddr().String() }()
	}
}

// startHeartbeat calls a serve loop that no path leaves: the pusher cannot outlive it.
func startHeartbeat(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	go pushHeartbeats()
	acceptLoop(l)
	return nil
}
