package gl301

import "example.com/internal/lockedfile"

// A file lock of another package whose Lock returns its unlock func: sync's Lock returns
// nothing, so this is not a mutex, and nothing is held when it fails.
type repo struct{ mu lockedfile.Mutex }

func (r *repo) update() error {
	unlock, err := r.mu.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	return nil
}
