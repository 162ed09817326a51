package gl505

import (
	"io"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

type pipeClient struct{ conn net.Conn }

func (c *pipeClient) send(b []byte) error {
	_, err := c.conn.Write(b)
	return err
}

func newPipeClient() (cl *pipeClient, r net.Conn, w net.Conn) {
	r, w = net.Pipe()
	cl = &pipeClient{conn: w}
	return
}

// io.ReadAll of a net.Pipe end fails only once that end is closed or past a deadline: the other
// end's close is io.EOF, which ReadAll returns as nil. The test closes its end only after it
// received what the goroutine sends after the check.
func TestPipeDrained(t *testing.T) {
	cl, r, w := newPipeClient()
	recv := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		require.NoError(t, err)
		recv <- buf
	}()
	_ = cl.send([]byte("connack"))
	_ = w.Close()
	if string(<-recv) != "connack" {
		t.Error("wrong reply")
	}
	_ = r.Close()
}

func TestPipeDrainedDirect(t *testing.T) {
	a, b := net.Pipe()
	done := make(chan struct{})
	go func() {
		_, err := io.ReadAll(b)
		if err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	_, _ = a.Write([]byte("ping"))
	_ = a.Close()
	<-done
}
