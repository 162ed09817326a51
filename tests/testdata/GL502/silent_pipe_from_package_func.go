package gl502

import (
	"io"
	"strings"
)

// newStream hands out both ends of a pipe it made.
func newStream() (*io.PipeReader, *io.PipeWriter) {
	pr, pw := io.Pipe()
	return pr, pw
}

// io.ReadAll of the reader end returns once the goroutine closed the writer end, after its write of
// werr: the function reads werr only then.
func produceAll(text string) ([]byte, error) {
	r, w := newStream()
	var werr error
	go func() {
		_, werr = io.Copy(w, strings.NewReader(text))
		w.Close()
	}()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return data, werr
}
