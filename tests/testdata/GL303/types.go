package gl303

import "sync"

// Declared in one file, used by value in another: the package index knows it.
type Counter struct {
	mu sync.Mutex
	n  int
}

type Stats struct {
	Counter // embedded: Stats holds a mutex too
	name    string
}

type Shared struct {
	mu *sync.Mutex // a pointer: copying Shared shares the lock
}
