package gl505

import (
	"bytes"
	"compress/zlib"
	"io"
	"net"
	"testing"
)

// newFramer only keeps the connection it is handed; its one error is zlib's, with a constant level,
// which cannot fail. The goroutine's report cannot run.
type framer struct {
	w io.Writer
	z *zlib.Writer
}

func newFramer(w io.Writer) (*framer, error) {
	z, err := zlib.NewWriterLevel(&bytes.Buffer{}, zlib.BestCompression)
	if err != nil {
		return nil, err
	}
	return &framer{w: w, z: z}, nil
}

func newSession(c net.Conn) (*framer, error) {
	return newFramer(c)
}

func TestFramerKeepsConn(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if _, err := newSession(c); err != nil {
			t.Errorf("session: %v", err)
		}
	}()
}
