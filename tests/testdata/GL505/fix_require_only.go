package gl505

import (
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseAll(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, err := strconv.Atoi(os.Getenv("SHARDS"))
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
	}()
	<-done
}
