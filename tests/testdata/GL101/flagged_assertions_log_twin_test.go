package gl101

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func stopOtherWorker() {}

// The twin: the timeout path only logs, and the test passes with the goroutine blocked.
func TestOtherWorkerExits(t *testing.T) {
	re := require.New(t)
	exited := make(chan struct{})
	go func() {
		stopOtherWorker()
		exited <- struct{}{} // want `goroutine blocks forever sending on exited`
	}()
	select {
	case <-exited:
		re.True(true)
	case <-time.After(time.Second):
		t.Log("worker did not exit")
	}
}
