package gl407

import "runtime"

type result struct {
	found bool
	nonce uint32
}

func good(n uint32) bool { return n%977 == 0 }

// Each solver sends once and returns; the starter receives once per solver,
// in a loop with the spawning loop's clause: every send finds its receiver.
func solve() bool {
	quit := make(chan bool)
	results := make(chan result)
	solver := func(start, stop uint32) {
		for i := start; i <= stop; i++ {
			select {
			case <-quit:
				results <- result{false, 0}
				return
			default:
				if good(i) {
					results <- result{true, i}
					return
				}
			}
		}
		results <- result{false, 0}
	}
	cores := uint32(runtime.NumCPU())
	per := 1000 / cores
	for i := uint32(0); i < cores; i++ {
		go solver(per*i+1, per*(i+1))
	}
	var found bool
	for i := uint32(0); i < cores; i++ {
		r := <-results
		if !found && r.found {
			close(quit)
			found = true
		}
	}
	return found
}
