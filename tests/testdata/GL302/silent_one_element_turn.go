package gl302

import "sync"

type profiles struct {
	lock    sync.Mutex
	results map[string][]byte
}

// dump locks only in the turn of "cpu", one element of a list of distinct
// names: the deferred Unlock waits for the end, and no other turn locks.
func (p *profiles) dump(read func(string) []byte) map[string][]byte {
	kinds := []string{"heap", "goroutine", "cpu"}
	out := map[string][]byte{}
	for _, kind := range kinds {
		if kind == "cpu" {
			p.lock.Lock()
			defer p.lock.Unlock()
			out[kind] = p.results[kind]
			continue
		}
		out[kind] = read(kind)
	}
	return out
}
