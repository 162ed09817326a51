package gl505

import (
	"net/url"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type fetchOutcome struct{ Failure *url.Error }

func fetchOutcomeOf(addr string) fetchOutcome { return fetchOutcome{} }

// *url.Error is an error of the standard library: a failure the network may produce.
func TestNilOfStdError(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		o := fetchOutcomeOf("a")
		require.Nil(t, o.Failure) // want `require\.Nil in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}
