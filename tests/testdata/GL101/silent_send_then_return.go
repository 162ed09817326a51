package gl101

import "errors"

type origin struct{ name string }

func lookupOne(o origin) (string, error) {
	if o.name == "" {
		return "", errors.New("no name")
	}
	return o.name, nil
}

func touch(string) {}

// The goroutine sends on exactly one of the two channels, and the select takes either: neither send is
// stranded (after the result it does more work, then returns; the error comes only after the loop).
func lookupFirst(origins []origin) (string, error) {
	resultc := make(chan string)
	errc := make(chan error)
	go func() {
		err := errors.New("no origin")
		for _, o := range origins {
			l, e := lookupOne(o)
			if e == nil {
				resultc <- l
				touch(l)
				return
			}
			err = e
		}
		errc <- err
	}()
	select {
	case l := <-resultc:
		return l, nil
	case err := <-errc:
		return "", err
	}
}
