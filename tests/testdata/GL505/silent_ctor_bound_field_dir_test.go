package gl505

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type diskProvider struct{ dir string }

func (p diskProvider) Key(id int64) (interface{}, error) { return id, nil }

func (p diskProvider) Make(id int64) (interface{}, error) {
	if p.dir == "" {
		return nil, errors.New("no directory")
	}
	return &id, nil
}

// This provider fails only without a directory, and the test gives it one: its error is the
// same on every run (goleash reads no path from it to a file, a socket, a process or a deadline). Silent.
func TestCachingManagerDiskConcurrent(t *testing.T) {
	m := newCachingManager(&diskProvider{dir: t.TempDir()})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := m.Get(2)
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}
