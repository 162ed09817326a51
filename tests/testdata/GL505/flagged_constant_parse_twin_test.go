package gl505

import (
	"net/url"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The parsed text comes from the environment: it can differ from one run to the next.
func TestEnvRoutes(t *testing.T) {
	done := make(chan string)
	go func() {
		base, err := url.Parse(os.Getenv("API_BASE"))
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		done <- base.Path
	}()
	<-done
}
