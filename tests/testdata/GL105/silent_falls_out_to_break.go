package gl105

import (
	"errors"
	"time"
)

func loadTask(id string) error {
	if id == "" {
		return errors.New("no id")
	}
	return nil
}

// Only the timeout goes round again; the result falls out of the select into the break: each turn's
// timer has fired before the next is made, and the loop leaves at most one behind.
func loadWithRetry(id string) error {
	errc := make(chan error, 1)
	var err error
	for i := 0; i < 3; i++ {
		go func() { errc <- loadTask(id) }()
		select {
		case <-time.After(5 * time.Second):
			if i < 2 {
				continue
			}
			return errors.New("timed out")
		case err = <-errc:
		}
		break
	}
	return err
}
