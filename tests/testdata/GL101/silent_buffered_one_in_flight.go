package gl101

import "io"

// The result channel has room for one value, and one at most is in flight on any path: the second
// writer starts only once the first value was received. An early return leaves a value in the buffer,
// no goroutine blocked.
func handshake(c io.ReadWriter, hello []byte, features func() error) error {
	writeDone := make(chan error, 1)
	go func() {
		_, err := c.Write(hello)
		writeDone <- err
	}()

	flag := make([]byte, 1)
	if _, err := io.ReadFull(c, flag); err != nil {
		return err
	}
	if err := <-writeDone; err != nil {
		return err
	}

	go func() {
		writeDone <- features()
	}()
	if _, err := io.ReadFull(c, flag); err != nil {
		return err
	}
	return <-writeDone
}
