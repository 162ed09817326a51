package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type instanceProvider interface {
	Key(id int64) (interface{}, error)
	Make(id int64) (interface{}, error)
}

type instanceCache interface {
	Get(id int64) (interface{}, error)
}

type cachingManager struct {
	provider instanceProvider
	cache    sync.Map
	mu       sync.Mutex
}

func newCachingManager(p instanceProvider) instanceCache {
	return &cachingManager{provider: p}
}

func (m *cachingManager) Get(id int64) (interface{}, error) {
	key, err := m.provider.Key(id)
	if err != nil {
		return nil, err
	}
	if v, ok := m.cache.Load(key); ok {
		return v, nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	inst, err := m.provider.Make(id)
	if err != nil {
		return nil, err
	}
	m.cache.Store(key, inst)
	return inst, nil
}

type fixedProvider struct{}

func (fixedProvider) Key(id int64) (interface{}, error)  { return id, nil }
func (fixedProvider) Make(id int64) (interface{}, error) { return &id, nil }

// The manager's only errors come from its provider, the test's own type, whose methods
// return nil on every path: the check cannot fail.
func TestCachingManagerConcurrent(t *testing.T) {
	m := newCachingManager(&fixedProvider{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := m.Get(2)
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}

// A constructor handing its provider to another, given a local holding the test's type.
func newDefaultCachingManager(p instanceProvider) instanceCache {
	return newCachingManager(p)
}

func TestDefaultCachingManagerConcurrent(t *testing.T) {
	fp := &fixedProvider{}
	m := newDefaultCachingManager(fp)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := m.Get(3)
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}

type cacheScaffold struct {
	cache *cachingManager
}

func newConcreteCachingManager(p instanceProvider) *cachingManager {
	return &cachingManager{provider: p}
}

func makeCacheScaffold() *cacheScaffold {
	p := &fixedProvider{}
	c := newConcreteCachingManager(p)
	return &cacheScaffold{cache: c}
}

// A helper run as the goroutine, given a scaffold whose manager a package function built
// from the test's own provider.
func getFromScaffold(t *testing.T, s *cacheScaffold, id int64) {
	_, err := s.cache.Get(id)
	require.NoError(t, err)
}

func TestCacheScaffoldConcurrent(t *testing.T) {
	s := makeCacheScaffold()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		getFromScaffold(t, s, 4)
		wg.Done()
	}()
	wg.Wait()
}
