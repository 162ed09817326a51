package gl407

import (
	"errors"
	"net"
	"time"
)

// The prober sends its one result and leaves its loop: one send per run,
// one slot, so the send in the default never waits.
func probeAddr(addr string, timeout time.Duration) error {
	success := make(chan int, 1)
	stop := make(chan int, 1)
	go func() {
	loop:
		for {
			select {
			case <-stop:
				break loop
			default:
				conn, err := net.DialTimeout("tcp", addr, time.Second)
				if err != nil {
					time.Sleep(time.Second)
					continue
				}
				conn.Close()
				success <- 1
				break loop
			}
		}
	}()
	select {
	case <-success:
		return nil
	case <-time.After(timeout):
		stop <- 1
		return errors.New("timeout")
	}
}
