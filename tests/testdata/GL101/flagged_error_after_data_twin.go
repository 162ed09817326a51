package gl101

import (
	"fmt"
	"io"
)

// captureChecked sends the data first and the check's error after it: when the check fails, the data
// is still being sent, and the function returns before receiving it.
func captureChecked(r io.Reader, check func(string) error) (string, error) {
	ch := make(chan string)
	errch := make(chan error)
	go func() {
		data, err := io.ReadAll(r)
		if err != nil {
			errch <- fmt.Errorf("reading: %w", err)
			return
		}
		errch <- check(string(data))
		ch <- string(data) // want "goroutine blocks forever sending on ch"
	}()
	if err := <-errch; err != nil {
		return "", err
	}
	return <-ch, nil
}
