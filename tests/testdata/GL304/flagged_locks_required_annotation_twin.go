package gl304

import "sync"

type dirHandle2 struct {
	mu      sync.Mutex
	done    bool
	entries []string
}

func (dh *dirHandle2) fetch() ([]string, error) { return []string{"a"}, nil }

// ReadDir refreshes the listing until done, letting go of the lock around each slow fetch.
//
// LOCKS_EXCLUDED(dh.mu)
func (dh *dirHandle2) ReadDir() ([]string, error) {
	for !dh.done {
		dh.mu.Unlock() // want `dh\.mu may not be locked when this Unlock runs`
		got, err := dh.fetch()
		dh.mu.Lock()
		if err != nil {
			return nil, err // want `return with dh\.mu locked`
		}
		dh.entries = append(dh.entries, got...)
		dh.done = true
	}
	return dh.entries, nil
}
