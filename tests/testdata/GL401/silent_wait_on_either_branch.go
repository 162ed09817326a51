package gl401

import "sync"

type endpoint struct{ name string }

func (e endpoint) call() (string, error) { return e.name, nil }

// The goroutines are waited for in the loop when requests may not run side by side, and after it when
// they may: the flag is settled before the loop, so every path from a go statement to the close passes
// one of the two waits.
func callAll(eps []endpoint, sequential bool) []string {
	parallel := true
	if sequential {
		parallel = false
	}
	results := make(chan string, len(eps))
	var wg sync.WaitGroup
	for _, ep := range eps {
		wg.Add(1)
		go func(ep endpoint) {
			defer wg.Done()
			if r, err := ep.call(); err == nil {
				results <- r
			}
		}(ep)
		if !parallel {
			wg.Wait()
		}
	}
	if parallel {
		wg.Wait()
	}
	close(results)
	var out []string
	for r := range results {
		out = append(out, r)
	}
	return out
}
