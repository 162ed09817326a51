package gl101

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The first select goes on only through its receive: require.FailNow ends
// the test. Past it, only the second run's value can be in flight.
func TestRunTwice(t *testing.T) {
	signal := make(chan struct{}, 1)
	go func() {
		compute()
		signal <- struct{}{}
	}()
	select {
	case <-signal:
	case <-time.After(5 * time.Second):
		require.FailNow(t, "the first run did not stop")
	}
	go func() {
		compute()
		signal <- struct{}{}
	}()
	select {
	case <-signal:
	case <-time.After(5 * time.Second):
		t.Log("the second run is still going")
	}
}
