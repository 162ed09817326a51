package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: the test made the socket and closes it while the goroutine may still read.
func TestEchoOneDatagramClosed(t *testing.T) {
	l, err := net.ListenPacket("udp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 64)
		_, _, err := l.ReadFrom(buf)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine.*can come from`
		close(done)
	}()
	l.Close()
	<-done
}
