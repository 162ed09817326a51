package gl407

import (
	"context"
	"sync"
)

// A worker that fails keeps its slot (the release is not deferred): once every slot is lost, the
// acquire in the default waits forever, and the stop is never seen.
var loadQueue = make(chan struct{}, 8)

func loadAll(ctx context.Context, names []string) {
	var wg sync.WaitGroup
loop:
	for _, n := range names {
		select {
		case <-ctx.Done():
			break loop
		default:
			n := n
			loadQueue <- struct{}{} // want `this blocks in the select's default, where the stop is not watched`
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := openFile(n); err != nil {
					return
				}
				<-loadQueue
			}()
		}
	}
	wg.Wait()
}
