package gl502

import (
	"bytes"
	"compress/zlib"
	"io"
)

// The copy reads the decompressor only up to a limit: it can end before the pipe's EOF, while the
// goroutine still counts.
func inflateHead(chunks [][]byte) ([]byte, error) {
	pr, pw := io.Pipe()
	var written int
	go func() {
		for _, c := range chunks {
			n, err := pw.Write(c)
			if err != nil {
				return
			}
			written += n // want `data race on written`
		}
		pw.Close()
	}()
	dec, err := zlib.NewReader(pr)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if _, err := io.Copy(&out, io.LimitReader(dec, 64)); err != nil {
		return nil, err
	}
	if written == 0 {
		return nil, io.ErrUnexpectedEOF
	}
	return out.Bytes(), nil
}
