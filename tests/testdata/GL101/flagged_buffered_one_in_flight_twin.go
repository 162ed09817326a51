package gl101

import "io"

// Both writers start before the first receive: two values in flight, room for one. On the early
// return one writer blocks forever.
func handshakeBoth(c io.ReadWriter, hello []byte, features func() error) error {
	results := make(chan error, 1)
	go func() {
		_, err := c.Write(hello)
		results <- err // want `goroutine blocks forever sending on results`
	}()
	go func() {
		results <- features()
	}()

	flag := make([]byte, 1)
	if _, err := io.ReadFull(c, flag); err != nil {
		return err
	}
	if err := <-results; err != nil {
		return err
	}
	return <-results
}
