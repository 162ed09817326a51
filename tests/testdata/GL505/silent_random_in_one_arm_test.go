package gl505

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func randomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.URLEncoding.EncodeToString(b), nil
}

// issueToken's error is set only by randomToken, in one arm of a switch; the other arm leaves it
// nil: the check of its error cannot fail.
func issueToken(fixed string) (string, error) {
	var (
		token string
		err   error
	)
	switch {
	case fixed != "":
		token = fixed
	default:
		token, err = randomToken(32)
	}
	if err != nil {
		return "", errors.New("no token")
	}
	return token, nil
}

func TestIssueTokens(t *testing.T) {
	got := make(chan string, 1)
	go func() {
		tok, err := issueToken("")
		require.NoError(t, err)
		got <- tok
	}()
	<-got
}
