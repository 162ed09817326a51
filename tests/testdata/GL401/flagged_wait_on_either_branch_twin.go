package gl401

import "sync"

type peer struct{ name string }

func (p peer) ask() (string, error) { return p.name, nil }

// The flag changes inside the loop, after a goroutine may have started: the last turn can turn it
// off after the wait in the loop was skipped, and then the wait after the loop is skipped too.
func askAll(peers []peer) []string {
	parallel := true
	results := make(chan string, len(peers))
	var wg sync.WaitGroup
	for i, p := range peers {
		wg.Add(1)
		go func(p peer) {
			defer wg.Done()
			if r, err := p.ask(); err == nil {
				results <- r
			}
		}(p)
		if !parallel {
			wg.Wait()
		}
		if i == len(peers)-1 {
			parallel = false
		}
	}
	if parallel {
		wg.Wait()
	}
	close(results) // want `close\(results\) while a goroutine may still send on it`
	var out []string
	for r := range results {
		out = append(out, r)
	}
	return out
}
