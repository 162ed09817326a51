package gl505

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// find may return (nil, nil): checking the error first does not make the result non-nil.
func find(name string) (*store, error) {
	if name == "" {
		return nil, nil
	}
	return &store{name: name}, nil
}

func TestFindConcurrently(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		s, err := find("")
		if err != nil {
			t.Error(err)
			return
		}
		require.NotNil(t, s) // want `require\.NotNil in a goroutine ends only this goroutine when it fails`
	}()
	<-done
}
