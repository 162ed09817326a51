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

// This provider can fail: the check can too.
func TestCachingManagerDiskConcurrent(t *testing.T) {
	m := newCachingManager(&diskProvider{dir: t.TempDir()})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := m.Get(2)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}
