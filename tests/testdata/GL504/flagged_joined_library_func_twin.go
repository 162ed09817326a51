package gl504

import (
	"log"
	"sync"
	"sync/atomic"
)

var numSent int64

func sendTwo(id int) {
	atomic.AddInt64(&numSent, int64(id))
}

// The twin: the package also starts runSends as a goroutine beside a run in place, so one run reads
// the total while the other's workers still add to it.
func runSends(workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sendTwo(id)
		}(i)
	}
	wg.Wait()
	log.Printf("%d sent", numSent) // want `numSent is accessed with sync/atomic elsewhere but plainly here`
}

func runBoth() {
	go runSends(2)
	runSends(4)
}
