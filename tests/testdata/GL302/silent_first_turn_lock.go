package gl302

import "sync"

type cursor interface{ Next() bool }

// The lock is taken in the first turn only: n counts the turns up and is never set back.
func scanLocked(mu *sync.Mutex, it cursor, visit func() error) error {
	n := 0
	for it.Next() {
		n++
		if n == 1 {
			mu.Lock()
			defer mu.Unlock()
		}
		if err := visit(); err != nil {
			return err
		}
	}
	return nil
}
