package gl101

import "time"

type reply struct{ body string }

func readReply(fetch func() (reply, error)) (string, error) {
	out := make(chan string)
	errc := make(chan error)
	go func() {
		r, err := fetch()
		if err != nil {
			errc <- err
			return
		}
		// errc's send returned: a run that reaches here sends on errc no more.
		select {
		case out <- r.body:
		case <-time.After(time.Second):
		}
	}()
	select {
	case body := <-out:
		return body, nil
	case err := <-errc:
		return "", err
	}
}
