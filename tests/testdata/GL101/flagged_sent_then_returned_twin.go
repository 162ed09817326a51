package gl101

import "time"

type answer struct{ body string }

func readAnswer(fetch func() (answer, error)) (string, error) {
	out := make(chan string)
	errc := make(chan error)
	go func() {
		a, err := fetch()
		select {
		case out <- a.body:
		case <-time.After(time.Second):
		}
		if err != nil {
			errc <- err // want `goroutine blocks forever sending on errc`
		}
	}()
	select {
	case body := <-out:
		return body, nil
	case err := <-errc:
		return "", err
	}
}
