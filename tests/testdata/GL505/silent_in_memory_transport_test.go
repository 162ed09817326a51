package gl505

import (
	"io"
	"net"
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
