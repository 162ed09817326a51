package gl407

import (
	"errors"
	"net"
	"time"
)

// The twin: the break leaves only the inner switch, so the loop sends again
// on the next turn and the one slot fills.
func probeAddrAgain(addr string, timeout time.Duration) error {
	success := make(chan int, 1)
	stop := make(chan int, 1)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				conn, err := net.DialTimeout("tcp", addr, time.Second)
				if err != nil {
					time.Sleep(time.Second)
					continue
				}
				conn.Close()
				success <- 1 // want `this blocks in the select's default`
				switch {
				case addr == "":
					break
				}
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
