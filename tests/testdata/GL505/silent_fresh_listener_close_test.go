package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine closes the listener the test made, once, and nothing else closes it: closing an open
// listener does not fail.
func TestServeOneThenClose(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Close()
		err = ln.Close()
		require.NoError(t, err)
	}()
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	c.Close()
}
