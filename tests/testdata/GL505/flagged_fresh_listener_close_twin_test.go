package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: the test closes the listener too, and the second close fails.
func TestServeOneThenCloseTwice(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	addr := ln.Addr().String()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Close()
		err = ln.Close()
		require.NoError(t, err) // want `require\.NoError may run after the test returned.*can come from ln\.Close`
	}()
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	c.Close()
}
