package gl105

import (
	"net"
	"time"
)

type redialer struct {
	shutdown   chan struct{}
	disconnect chan struct{}
}

// The shutdown case beside the backoff timer leaves both loops: it is the stop, and each timer
// fires before the next is made.
func (c *redialer) reconnectLoop(addr string) {
	var retries int64
out:
	for {
		select {
		case <-c.disconnect:
		case <-c.shutdown:
			break out
		}
	reconnect:
		for {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				retries++
				select {
				case <-c.shutdown:
					break out
				case <-time.After(time.Duration(retries) * time.Second):
				}
				continue reconnect
			}
			conn.Close()
			break reconnect
		}
	}
}
