package gl502

import (
	"compress/gzip"
	"crypto/sha256"
	"io"
)

// The function reads the pipe to its EOF through readers that reach their source's EOF (a gzip
// reader, a TeeReader) before it reads n: the EOF comes only after the close, which follows the write.
func gzipSize(src io.Reader) (int64, error) {
	pr, pw := io.Pipe()
	var n int64
	go func() {
		c, err := io.Copy(pw, src)
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		n = c
		pw.Close()
	}()
	zr, err := gzip.NewReader(pr)
	if err != nil {
		return 0, err
	}
	h := sha256.New()
	hashed := io.TeeReader(zr, h)
	if _, err := io.Copy(io.Discard, hashed); err != nil {
		return 0, err
	}
	return n, nil
}
