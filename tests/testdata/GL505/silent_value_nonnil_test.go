package gl505

// Value assertions (require.True, require.NotNil) check what the code under test computed from the
// test's own inputs: they fail on every run alike or on none, and the test is marked failed all
// the same. Silent, even here where they always fail.

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
		require.NotNil(t, s)
	}()
	<-done
}
