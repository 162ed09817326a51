package gl101

import (
	"errors"
	"io"
	"time"
)

type fullRead struct {
	n   int
	err error
}

// The goroutine sends once on every path: in the loop only right before it returns, after the loop
// only when it broke out without sending. One slot is enough, whoever stops listening.
func readWithin(r io.Reader, p []byte, timeout time.Duration) (int, error) {
	ch := make(chan fullRead, 1)
	go func() {
		res := fullRead{}
		for {
			n, err := r.Read(p[res.n:])
			res.n += n
			if err != nil {
				res.err = err
				ch <- res
				close(ch)
				return
			}
			if res.n == len(p) {
				break
			}
		}
		ch <- res
		close(ch)
	}()
	select {
	case <-time.After(timeout):
		return 0, errors.New("read timed out")
	case res := <-ch:
		return res.n, res.err
	}
}
