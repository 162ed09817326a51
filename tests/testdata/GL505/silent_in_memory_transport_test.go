package gl505

import (
	"io"
	"net"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// A connection in memory: net.Pipe's ends fail only once the program closes one or sets a deadline.
// The test closes nothing while the goroutine writes (the goroutine closes its own end after its
// check): no failure of the environment can reach the check.

type pipeClient struct{ conn net.Conn }

func (c *pipeClient) writePacket(b []byte) error {
	_, err := c.conn.Write(b)
	return err
}

func newPipeClient() (*pipeClient, net.Conn, net.Conn) {
	r, w := net.Pipe()
	return &pipeClient{conn: w}, r, w
}

func TestPipeWriteDrained(t *testing.T) {
	cl, r, w := newPipeClient()
	go func() {
		err := cl.writePacket([]byte("ping"))
		require.NoError(t, err)
		_ = w.Close()
	}()
	buf, err := io.ReadAll(r)
	require.NoError(t, err)
	require.Equal(t, "ping", string(buf))
}

// An io.Pipe end's Close returns nil on every call, whatever else the test does.
func TestPipeWriterClose(t *testing.T) {
	f, err := os.Open("data.bin")
	if err != nil {
		return
	}
	pr, pw := io.Pipe()
	go func() {
		_, _ = io.Copy(pw, f)
		require.NoError(t, pw.Close())
	}()
	buf := make([]byte, 4)
	_, _ = pr.Read(buf)
}

// The same end handed out by a package function as an io.WriteCloser.
func newUnpacker() (io.Reader, io.WriteCloser) {
	pr, pw := io.Pipe()
	return pr, pw
}

func TestUnpackerClose(t *testing.T) {
	f, err := os.Open("data.bin")
	if err != nil {
		return
	}
	r, wc := newUnpacker()
	go func() {
		_, _ = io.Copy(wc, f)
		require.NoError(t, wc.Close())
	}()
	buf := make([]byte, 4)
	_, _ = r.Read(buf)
}
