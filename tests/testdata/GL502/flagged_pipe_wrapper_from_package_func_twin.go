package gl502

import (
	"io"
	"strings"
)

// peekReader wraps a pipe but reads a buffer of its own, not the pipe.
type peekReader struct {
	src  *io.PipeReader
	head *strings.Reader
}

func (r *peekReader) Read(p []byte) (int, error) { return r.head.Read(p) }

// newPeeker returns the writer side and a reader that never reads the pipe.
func newPeeker(head string) (*archiver, io.Reader) {
	pr, pw := io.Pipe()
	reader := &peekReader{src: pr, head: strings.NewReader(head)}
	return &archiver{out: pw}, reader
}

// io.ReadAll of the peeker ends with its own buffer, whatever the goroutine did: written is read while
// the goroutine may still write it.
func peekAll(text string) ([]byte, int64, error) {
	a, r := newPeeker("head")
	var written int64
	go func() {
		written, _ = a.Write(text) // want `data race on written`
		a.Close()
	}()
	data, err := io.ReadAll(r)
	return data, written, err
}
