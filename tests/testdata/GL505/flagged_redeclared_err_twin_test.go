package gl505

import (
	"crypto/tls"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// err is declared by the Accept and assigned again by the constant parse: each check tests its own
// call's error, and the Accept's can fail on any run.
func TestAcceptThenPair(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	done := make(chan struct{})
	go func() {
		conn, err := l.Accept()
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		defer conn.Close()
		cert, err := tls.X509KeyPair(serverCertPEM, serverKeyPEM)
		require.NoError(t, err)
		_ = cert
		close(done)
	}()
	<-done
}
