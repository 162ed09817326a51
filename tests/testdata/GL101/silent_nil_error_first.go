package gl101

import (
	"fmt"
	"io"
)

// captureAll reads r in a goroutine: it sends its error first, and the data only after a nil error.
// The function returns early only on a non-nil error, when the goroutine sends no data.
func captureAll(r io.Reader, work func()) (string, error) {
	ch := make(chan string)
	errch := make(chan error)
	go func() {
		data, err := io.ReadAll(r)
		if err != nil {
			errch <- fmt.Errorf("reading: %w", err)
			return
		}
		errch <- nil
		ch <- string(data)
	}()
	work()
	if err := <-errch; err != nil {
		return "", err
	}
	return <-ch, nil
}
