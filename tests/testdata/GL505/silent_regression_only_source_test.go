package gl505

import (
	"errors"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/example/remote"
)

// Errors that come only from the code under test and the test's own inputs: a validation, a parse,
// a lookup. Each is the same on every run, and fails only once that code regressed: goleash shows
// no path from them to a failure of the environment, and stays silent.

type registry struct{ names map[string]int }

func (r *registry) add(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	if _, ok := r.names[name]; ok {
		return errors.New("duplicate")
	}
	r.names[name] = len(r.names)
	return nil
}

func TestRegistryAdd(t *testing.T) {
	r := &registry{names: map[string]int{}}
	done := make(chan struct{})
	go func() {
		require.NoError(t, r.add("a"))
		n, err := strconv.Atoi("42")
		require.NoError(t, err)
		require.Equal(t, 42, n)
		close(done)
	}()
	<-done
}

// A method of a library goleash cannot read, handed nothing that can end or fail (no context, no
// connection): no path to a failure can be shown.
func TestRemoteEncode(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		c := remote.New()
		b, err := c.Encode("key")
		require.NoError(t, err)
		require.NotEmpty(t, b)
		wg.Done()
	}()
	wg.Wait()
}

// require.Nil of an error result is the same check as require.NoError: a validation's error is the
// same on every run.
func TestRegistryAddNil(t *testing.T) {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func(name string) {
			r := &registry{names: map[string]int{}}
			err := r.add(name)
			require.Nil(t, err)
			wg.Done()
		}(name)
	}
	wg.Wait()
}
