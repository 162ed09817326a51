package gl406

import "io"

// close(out) runs only where no sender starts; the sender is started in the other branch.
func pumpCopy(src io.Reader, dst io.Writer, quit chan struct{}) error {
	out := make(chan error, 1)
	if dst == nil {
		close(out)
	} else {
		go func() {
			_, err := io.Copy(dst, src)
			out <- err
		}()
	}
	select {
	case err := <-out:
		return err
	case <-quit:
		return nil
	}
}
