package gl407

import (
	"context"
	"sync"
)

type frame []byte

func handleFrame(f frame) error { return nil }

// frameWorker takes frames until the channel is closed, and never leaves early.
func frameWorker(frames chan frame, wg *sync.WaitGroup) {
	defer wg.Done()
	for f := range frames {
		if err := handleFrame(f); err != nil {
			continue
		}
	}
}

// The workers the function starts range over the channel until its deferred close: while the send
// waits, a worker always comes back for it.
func pumpFrames(ctx context.Context, workers int, read func() frame) {
	var wg sync.WaitGroup
	frames := make(chan frame, 16)
	defer func() {
		close(frames)
		wg.Wait()
	}()
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go frameWorker(frames, &wg)
	}
	for {
		select {
		case <-ctx.Done():
			return
		default:
			frames <- read()
		}
	}
}
