package gl101

import (
	"errors"
	"time"
)

type source struct{ name string }

func resolveOne(s source) (string, error) {
	if s.name == "" {
		return "", errors.New("no name")
	}
	return s.name, nil
}

func warm(string) {}

// The goroutine sends on exactly one of the two channels: once it sent the result it returns, so the
// receive of the result never strands the error send. The timeout does strand either.
func resolveFirst(srcs []source) (string, error) {
	resultc := make(chan string)
	errc := make(chan error)
	go func() {
		err := errors.New("no source")
		for _, s := range srcs {
			l, e := resolveOne(s)
			if e == nil {
				resultc <- l // want `goroutine blocks forever sending on resultc\. Unbuffered channel: when the select takes case <-time\.After\(time\.Second\) first`
				warm(l)
				return
			}
			err = e
		}
		errc <- err // want `goroutine blocks forever sending on errc\. Unbuffered channel: when the select takes case <-time\.After\(time\.Second\) first`
	}()
	select {
	case l := <-resultc:
		return l, nil
	case err := <-errc:
		return "", err
	case <-time.After(time.Second):
		return "", errors.New("timeout")
	}
}
