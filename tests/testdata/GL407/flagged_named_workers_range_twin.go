package gl407

import (
	"context"
	"sync"
)

// frameFilter gives up at the first bad frame: once every worker has, nobody takes the next one.
func frameFilter(frames chan frame, wg *sync.WaitGroup) {
	defer wg.Done()
	for f := range frames {
		if err := handleFrame(f); err != nil {
			return
		}
	}
}

func filterFrames(ctx context.Context, workers int, read func() frame) {
	var wg sync.WaitGroup
	frames := make(chan frame, 16)
	defer func() {
		close(frames)
		wg.Wait()
	}()
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go frameFilter(frames, &wg)
	}
	for {
		select {
		case <-ctx.Done():
			return
		default:
			frames <- read() // want `this blocks in the select's default, where the stop is not watched`
		}
	}
}
