package gl105

import (
	"net"
	"time"
)

// The twin: a disconnect beside the backoff timer goes on retrying, a new timer each time.
func (c *redialer) reconnectLoopNoisy(addr string) {
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
				case <-c.disconnect:
				case <-time.After(time.Duration(retries) * time.Second): // want `time\.After in this loop starts a new timer every iteration`
				}
				continue reconnect
			}
			conn.Close()
			break reconnect
		}
	}
}
