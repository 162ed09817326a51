package gl101

import (
	"context"
	"testing"
	"time"
)

// The assertion is on another error, nil or not: the Done path need not fail.
func TestDoneOtherErrAsserted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	errCh := make(chan error)
	go func() {
		errCh <- hookWork() // want `goroutine blocks forever sending on errCh`
	}()
	var setupErr error
	select {
	case <-ctx.Done():
		must.NoError(t, setupErr)
		return
	case err := <-errCh:
		if err != nil {
			t.Fatal(err)
		}
	}
}
