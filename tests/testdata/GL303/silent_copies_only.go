package gl303

import "sync"

type fileSettings struct{ data []byte }

// fileProvider is handed around by value, and every method has a value receiver: no code locks the lock
// of a stored fileProvider (its load locks only its own copy, see the twin file), so a copy that does
// not lock, here, reads a lock no goroutine takes: no race.
type fileProvider struct {
	path     string
	settings *fileSettings
	mux      sync.Mutex
}

func newFileProvider(path string) fileProvider {
	return fileProvider{path: path}
}

func (p fileProvider) String() string {
	return "settings from " + p.path
}

func (p fileProvider) Path() string { return p.path }
