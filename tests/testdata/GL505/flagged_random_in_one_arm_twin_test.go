package gl505

import (
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: the other arm sets the error from a read of a file, which can fail.
func issueTokenFrom(path string) (string, error) {
	var (
		token string
		err   error
	)
	switch {
	case path != "":
		var b []byte
		b, err = os.ReadFile(path)
		token = string(b)
	default:
		token, err = randomToken(32)
	}
	if err != nil {
		return "", errors.New("no token")
	}
	return token, nil
}

func TestIssueTokensFrom(t *testing.T) {
	got := make(chan string, 1)
	go func() {
		tok, err := issueTokenFrom("token.txt")
		require.NoError(t, err) // want "require.NoError"
		got <- tok
	}()
	<-got
}
