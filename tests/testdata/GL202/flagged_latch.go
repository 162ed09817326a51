package gl202

import "sync"

// The latch is set without a Done beside it: the deferred closure then skips its Done while
// nothing else has called it.

func collectLatchNoDone(i int, waitFirst *sync.WaitGroup) {
	var marked bool
	defer func() {
		if !marked {
			waitFirst.Done()
		}
	}()
	if i < 0 {
		marked = true
		return
	}
	println(i)
}

func statsLatchNoDone(ids []int) {
	waitFirst := &sync.WaitGroup{}
	for _, id := range ids {
		waitFirst.Add(1)
		go collectLatchNoDone(id, waitFirst) // want `goroutine collectLatchNoDone can return without calling waitFirst.Done\(\)`
	}
	waitFirst.Wait()
}
