package gl302

import "sync"

type traces struct {
	lock    sync.Mutex
	results map[string][]byte
}

// dump's list names "cpu" twice: the second turn locks again while the
// first turn's deferred Unlock still waits for the end.
func (p *traces) dump(read func(string) []byte) map[string][]byte {
	kinds := []string{"cpu", "heap", "cpu"}
	out := map[string][]byte{}
	for _, kind := range kinds {
		if kind == "cpu" {
			p.lock.Lock() // want `p\.lock is locked again while this goroutine holds it`
			defer p.lock.Unlock()
			out[kind] = p.results[kind]
			continue
		}
		out[kind] = read(kind)
	}
	return out
}
