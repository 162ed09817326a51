package gl407

import "runtime"

type outcome struct {
	found bool
	nonce uint32
}

func fits(n uint32) bool { return n%977 == 0 }

// The starter stops receiving at the first find: the other solvers' sends
// in default never find a receiver, and <-quit is not watched meanwhile.
func solveFirst() bool {
	quit := make(chan bool)
	results := make(chan outcome)
	solver := func(start, stop uint32) {
		for i := start; i <= stop; i++ {
			select {
			case <-quit:
				return
			default:
				if fits(i) {
					results <- outcome{true, i} // want "this blocks in the select's default"
					return
				}
			}
		}
	}
	cores := uint32(runtime.NumCPU())
	per := 1000 / cores
	for i := uint32(0); i < cores; i++ {
		go solver(per*i+1, per*(i+1))
	}
	for i := uint32(0); i < cores; i++ {
		r := <-results
		if r.found {
			close(quit)
			return true
		}
	}
	return false
}
