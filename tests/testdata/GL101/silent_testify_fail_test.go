package gl101

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runLoop() error { return errors.New("closed") }

// The timeout case fails the test (testify's require.Fail, assert.Fail): a
// goroutine left behind on that path is not the bug, the failure is reported.
func TestLoopStops(t *testing.T) {
	errCh := make(chan error)
	go func() { errCh <- runLoop() }()
	t.Cleanup(func() {
		select {
		case <-time.After(5 * time.Second):
			require.Fail(t, "timeout waiting for the loop to stop")
		case err := <-errCh:
			require.Error(t, err)
		}
	})
}

func TestLoopStopsSoft(t *testing.T) {
	errCh := make(chan error)
	go func() { errCh <- runLoop() }()
	select {
	case <-time.After(5 * time.Second):
		assert.Failf(t, "timeout", "after %v", 5*time.Second)
	case err := <-errCh:
		assert.Error(t, err)
	}
}
