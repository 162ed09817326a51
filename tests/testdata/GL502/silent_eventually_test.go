package gl502

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var computeErr error

func compute() (int, error) { return 1, computeErr }

// The goroutine publishes its writes with an atomic Store; require.Eventually returns only once the
// flag is seen set (otherwise it stops the test), so the reads come after the writes.
func TestPublished(t *testing.T) {
	var n int
	var err error
	var done atomic.Bool
	go func() {
		n, err = compute()
		done.Store(true)
	}()
	require.Eventually(t, func() bool { return done.Load() }, time.Second, time.Millisecond)
	require.NoError(t, err)
	require.Equal(t, 1, n)
}
