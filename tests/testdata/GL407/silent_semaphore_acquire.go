package gl407

import (
	"context"
	"sync"
)

// openQueue is a counting semaphore: every worker gives its slot back in a defer, so an acquire in the
// default waits only while the workers that hold the slots run, never forever.
var openQueue = make(chan struct{}, 8)

func openFile(name string) error { return nil }

func openAll(ctx context.Context, names []string) {
	var wg sync.WaitGroup
loop:
	for _, n := range names {
		select {
		case <-ctx.Done():
			break loop
		default:
			n := n
			openQueue <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() {
					<-openQueue
				}()
				_ = openFile(n)
			}()
		}
	}
	wg.Wait()
}

// The same with a semaphore made here.
func closeAll(ctx context.Context, names []string) {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
loop:
	for _, n := range names {
		select {
		case <-ctx.Done():
			break loop
		default:
			n := n
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				_ = openFile(n)
			}()
		}
	}
	wg.Wait()
}
