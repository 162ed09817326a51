package gl505

import (
	"crypto/tls"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The key is replaced from a file before the goroutine runs: another value on another run.
var clientKeyPEM = []byte(`-----BEGIN RSA PRIVATE KEY-----
MIIE
-----END RSA PRIVATE KEY-----
`)

func TestClientTLSPair(t *testing.T) {
	if b, err := os.ReadFile("client.key"); err == nil {
		clientKeyPEM = b
	}
	done := make(chan tls.Certificate)
	go func() {
		cert, err := tls.X509KeyPair(serverCertPEM, clientKeyPEM)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		done <- cert
	}()
	<-done
}
