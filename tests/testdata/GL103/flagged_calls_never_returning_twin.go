package gl103

import (
	"log"
	"net"
)

// acceptUntilError returns on the first Accept error.
func acceptUntilError(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			log.Print(err)
			return
		}
		go func() { heartbeats <- c.RemoteAddr().String() }()
	}
}

// The twin: the serve loop it calls returns once the listener fails, and the pusher goes on.
func startHeartbeatOnce(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	go pushHeartbeats() // want `nothing in pushHeartbeats's loop returns`
	acceptUntilError(l)
	return nil
}
