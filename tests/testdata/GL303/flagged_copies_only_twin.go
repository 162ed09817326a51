package gl303

import (
	"os"
	"sync"
)

// fileProvider's load locks the method's own copy: the lock guards nothing shared, and the settings it
// caches are lost with the copy.
func (p fileProvider) load() (*fileSettings, error) { // want `fileProvider \(it holds a sync.Mutex\) is copied, so locking it guards nothing shared`
	p.mux.Lock()
	defer p.mux.Unlock()
	if p.settings != nil {
		return p.settings, nil
	}
	data, err := os.ReadFile(p.path)
	if err != nil {
		return nil, err
	}
	p.settings = &fileSettings{data: data}
	return p.settings, nil
}

// As fileProvider, but dirProvider's load has a pointer receiver: a stored dirProvider is locked where it
// lies, and a copy made meanwhile reads the lock a goroutine is writing.
type dirProvider struct {
	dir   string
	cache map[string][]byte
	mux   sync.Mutex
}

func (p dirProvider) String() string { // want `receiver of type dirProvider is passed by value: its lock is copied. Copying dirProvider .* a data race`
	return "settings from " + p.dir
}

func (p *dirProvider) load(name string) ([]byte, error) {
	p.mux.Lock()
	defer p.mux.Unlock()
	if b, ok := p.cache[name]; ok {
		return b, nil
	}
	b, err := os.ReadFile(p.dir + "/" + name)
	if err != nil {
		return nil, err
	}
	p.cache[name] = b
	return b, nil
}

// entryProvider's own methods have value receivers, but it holds a cacheEntry whose Touch locks the
// entry where it lies: a copy made meanwhile reads that lock.
type cacheEntry struct {
	mu   sync.Mutex
	hits int
}

func (e *cacheEntry) Touch() {
	e.mu.Lock()
	e.hits++
	e.mu.Unlock()
}

type entryProvider struct {
	entry cacheEntry
	mux   sync.Mutex
	name  string
}

func (p entryProvider) Name() string { // want `receiver of type entryProvider is passed by value: its lock is copied. Copying entryProvider .* a data race`
	return p.name
}
