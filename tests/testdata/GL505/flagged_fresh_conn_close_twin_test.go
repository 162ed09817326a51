package gl505

import (
	"crypto/tls"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// A TLS connection's Close writes a close_notify alert, which fails once the peer is gone; and a
// connection closed twice fails the second time.
func startTLSBackend(t *testing.T, cfg *tls.Config) {
	ln, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		require.NoError(t, conn.Close()) // want `may run after the test returned`
	}()
}

func TestBackendClosesTwice(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		_ = conn.Close()
		require.NoError(t, conn.Close()) // want `may run after the test returned`
	}()
}

var _ = startTLSBackend // (run by a test)
