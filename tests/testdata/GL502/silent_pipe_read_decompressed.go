package gl502

import (
	"bytes"
	"compress/zlib"
	"io"
)

// The function reads the pipe to its EOF through a decompressor made over it (zlib.NewReader, like a
// zstd or snappy reader): its copy ends only after the goroutine's close, which follows its writes.
func inflateAll(chunks [][]byte) ([]byte, error) {
	pr, pw := io.Pipe()
	var written int
	go func() {
		for _, c := range chunks {
			n, err := pw.Write(c)
			if err != nil {
				return
			}
			written += n
		}
		pw.Close()
	}()
	dec, err := zlib.NewReader(pr)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if _, err := io.Copy(&out, dec); err != nil {
		return nil, err
	}
	if written == 0 {
		return nil, io.ErrUnexpectedEOF
	}
	return out.Bytes(), nil
}
