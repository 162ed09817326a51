package gl505

import (
	"crypto/tls"
	"testing"

	"github.com/stretchr/testify/require"
)

// Package variables set from literals that nothing assigns: the same bytes on every run.
var serverCertPEM = []byte(`-----BEGIN CERTIFICATE-----
MIIB
-----END CERTIFICATE-----
`)

var serverKeyPEM = []byte(`-----BEGIN RSA PRIVATE KEY-----
MIIE
-----END RSA PRIVATE KEY-----
`)

func TestServeTLSPair(t *testing.T) {
	done := make(chan tls.Certificate)
	go func() {
		cert, err := tls.X509KeyPair(serverCertPEM, serverKeyPEM)
		require.NoError(t, err)
		done <- cert
	}()
	<-done
}
