package gl505

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type store struct{ name string }

var stores = map[string]*store{}

func lookup(name string) *store { return stores[name] }

// open returns a nil store only together with an error, and that error comes from its own
// validation (goleash reads no path from it to a file, a socket, a process or a deadline): silent.
func open(name string) (*store, error) {
	if s := lookup(name); s != nil {
		return s, nil
	}
	if name == "" {
		return nil, errors.New("no name")
	}
	s := &store{name: name}
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	return s, nil
}

func (s *store) check() error { return nil }

func TestOpenConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := open("db")
			if err != nil {
				t.Error(err)
				return
			}
			require.NotNil(t, s)
		}()
	}
	wg.Wait()
}

func TestOpenChecked(t *testing.T) {
	done := make(chan struct{})
	go func() {
		s, err := open("db")
		require.NoError(t, err)
		require.NotNil(t, s)
		close(done)
	}()
	<-done
}
