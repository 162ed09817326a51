package gl302

import "sync"

// Here the count starts again after each batch: a later turn passes n == 1 again, with mu held.
func scanBatches(mu *sync.Mutex, it cursor, visit func() error) error {
	n := 0
	for it.Next() {
		n++
		if n == 1 {
			mu.Lock() // want "locked again while this goroutine holds it"
			defer mu.Unlock()
		}
		if err := visit(); err != nil {
			return err
		}
		if n == 100 {
			n = 0
		}
	}
	return nil
}
