package gl406

import "io"

// The sender is started on every path, and the close runs on one of them.
func pumpCopyAlways(src io.Reader, dst io.Writer, quit chan struct{}) error {
	out := make(chan error, 1)
	go func() {
		_, err := io.Copy(dst, src)
		out <- err
	}()
	if dst == nil {
		close(out) // want `close\(out\) by its receiver while its sender has more to send` `close\(out\) while a goroutine may still send on it`
	}
	select {
	case err := <-out:
		return err
	case <-quit:
		return nil
	}
}
