package gl304

import "sync"

type dirHandle struct {
	mu      sync.Mutex
	done    bool
	entries []string
}

func (dh *dirHandle) fetch() ([]string, error) { return []string{"a"}, nil }

// ReadDir refreshes the listing until done, letting go of the lock around each slow fetch.
//
// LOCKS_REQUIRED(dh.mu)
func (dh *dirHandle) ReadDir() ([]string, error) {
	for !dh.done {
		dh.mu.Unlock()
		got, err := dh.fetch()
		dh.mu.Lock()
		if err != nil {
			return nil, err
		}
		dh.entries = append(dh.entries, got...)
		dh.done = true
	}
	return dh.entries, nil
}
