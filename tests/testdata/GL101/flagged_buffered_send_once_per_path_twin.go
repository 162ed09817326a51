package gl101

import (
	"errors"
	"io"
	"time"
)

type partRead struct {
	n   int
	err error
}

// The goroutine reports progress before breaking out, then the result after the loop: two sends on the
// break path, one slot.
func readParts(r io.Reader, p []byte, timeout time.Duration) (int, error) {
	ch := make(chan partRead, 1)
	go func() {
		res := partRead{}
		for {
			n, err := r.Read(p[res.n:])
			res.n += n
			if err != nil {
				res.err = err
				ch <- res
				return
			}
			if res.n == len(p) {
				ch <- res
				break
			}
		}
		ch <- res // want `goroutine blocks for.ver sending on ch`
	}()
	select {
	case <-time.After(timeout):
		return 0, errors.New("read timed out")
	case res := <-ch:
		return res.n, res.err
	}
}
