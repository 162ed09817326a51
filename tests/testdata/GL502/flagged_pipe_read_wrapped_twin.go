package gl502

import (
	"io"
)

// A LimitReader stops before the pipe's EOF: the read ends without waiting for the close.
func headSize(src io.Reader) (int64, error) {
	pr, pw := io.Pipe()
	var n int64
	go func() {
		c, err := io.Copy(pw, src)
		n = c // want `data race on n: written here with no mutex held`
		pw.CloseWithError(err)
	}()
	if _, err := io.Copy(io.Discard, io.LimitReader(pr, 512)); err != nil {
		return 0, err
	}
	return n, nil
}
