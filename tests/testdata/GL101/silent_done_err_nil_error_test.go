package gl101

import (
	"context"
	"testing"
	"time"
)

type gtAsserts struct{}

// NilError stops the test when err is not nil (gotest.tools' assert.NilError).
func (gtAsserts) NilError(t *testing.T, err error, msgAndArgs ...interface{}) {
	if err != nil {
		t.Fatal(err, msgAndArgs)
	}
}

var gtAssert gtAsserts

// gotest.tools spells the nil check NilError: once Done is closed, ctx.Err() is not nil, so the
// assertion fails the test on the path that leaves the sender behind.
func TestDoneErrNilError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	done := make(chan error)
	go func() {
		done <- hookWork()
	}()
	select {
	case <-ctx.Done():
		gtAssert.NilError(t, ctx.Err(), "timeout waiting for the run to exit")
	case err := <-done:
		gtAssert.NilError(t, err)
	}
}
