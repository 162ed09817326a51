package gl505

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
)

// A read of the system's random source does not fail (since Go 1.24 crypto/rand never returns an
// error, it crashes the program instead): nor do the package functions whose only error it is.
func newSessionID() (string, error) {
	var b [16]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}

func mustNoErr(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestSessionIDs(t *testing.T) {
	ids := make(chan string, 2)
	go func() {
		id, err := newSessionID()
		mustNoErr(t, err)
		ids <- id
	}()
	go func() {
		b := make([]byte, 8)
		_, err := rand.Read(b)
		require.NoError(t, err)
		ids <- hex.EncodeToString(b)
	}()
	<-ids
	<-ids
}
