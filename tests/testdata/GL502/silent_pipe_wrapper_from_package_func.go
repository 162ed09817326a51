package gl502

import (
	"errors"
	"io"
	"strings"
)

// countingReader counts what it reads from the pipe it wraps.
type countingReader struct {
	src *io.PipeReader
	n   int64
}

func (r *countingReader) Read(p []byte) (int, error) {
	n, err := r.src.Read(p)
	r.n += int64(n)
	return n, err
}

type archiver struct {
	out *io.PipeWriter
}

func (a *archiver) Write(s string) (int64, error) { return io.Copy(a.out, strings.NewReader(s)) }
func (a *archiver) Close() error                  { return a.out.Close() }

// newArchiver returns the writer side and a reader of the pipe it made.
func newArchiver(level int) (*archiver, io.Reader, error) {
	if level < 0 {
		return nil, nil, errors.New("bad level")
	}
	pr, pw := io.Pipe()
	reader := &countingReader{src: pr}
	return &archiver{out: pw}, reader, nil
}

// io.ReadAll of the wrapped reader returns once the goroutine closed the archiver's pipe, after its
// write of written: the function reads written only then.
func archiveAll(text string) ([]byte, int64, error) {
	a, r, err := newArchiver(1)
	if err != nil {
		return nil, 0, err
	}
	var written int64
	go func() {
		written, _ = a.Write(text)
		a.Close()
	}()
	data, err := io.ReadAll(r)
	return data, written, err
}
