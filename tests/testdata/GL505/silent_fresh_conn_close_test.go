package gl505

import (
	"fmt"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine closes, or sets an option on, a TCP connection it has just accepted itself and
// closes nowhere else: closing an open socket, or setting an option on it, does not fail.
func TestBackendCloses(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			_, _ = fmt.Fprint(conn, "hello")
			err = conn.Close()
			require.NoError(t, err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	_ = c.Close()
}

func TestBackendResets(t *testing.T) {
	lc := &net.ListenConfig{}
	ln, err := lc.Listen(t.Context(), "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			if tcp, ok := conn.(*net.TCPConn); ok {
				err := tcp.SetLinger(0)
				require.NoError(t, err)
			}
			conn.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	_ = c.Close()
}
