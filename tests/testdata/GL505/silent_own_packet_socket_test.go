package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine reads from and sends with a UDP socket it made itself and closes only in its own
// defer: the read returns only with a datagram, and an unconnected UDP send reports no refused
// destination.
func TestEchoOneDatagram(t *testing.T) {
	done := make(chan struct{})
	go func() {
		l, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			close(done)
			return
		}
		defer l.Close()
		buf := make([]byte, 64)
		n, from, err := l.ReadFrom(buf)
		require.NoError(t, err)
		_, err = l.WriteTo(buf[:n], from)
		require.NoError(t, err)
		close(done)
	}()
	<-done
}
