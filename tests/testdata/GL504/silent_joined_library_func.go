package gl504

import (
	"log"
	"sync"
	"sync/atomic"
)

var (
	numDone   int64
	numFailed int64
)

func sendOne(id int) {
	if id%7 == 0 {
		atomic.AddInt64(&numFailed, 1)
		return
	}
	atomic.AddInt64(&numDone, 1)
}

// RunRounds resets the totals before each round's workers start and reads them after it joined them:
// the package calls it only in place, one run at a time, and it is the only caller of sendOne.
func RunRounds(rounds, workers int) {
	var wg sync.WaitGroup
	id := 0
	for r := 0; r < rounds; r++ {
		numDone = 0
		numFailed = 0
		for i := 0; i < workers; i++ {
			wg.Add(1)
			go func(id int) {
				defer wg.Done()
				sendOne(id)
			}(id)
			id++
		}
		wg.Wait()
		log.Printf("round %d: %d done, %d failed", r, numDone, numFailed)
	}
}

func runDefault() {
	RunRounds(3, 8)
}
