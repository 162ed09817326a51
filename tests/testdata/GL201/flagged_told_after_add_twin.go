package gl201

import (
	"context"
	"sync"
)

var (
	probeWg    = new(sync.WaitGroup)
	probeReady = make(chan struct{}, 1)
	probeStop  context.CancelFunc
)

func probeOne(ctx context.Context) {
	defer probeWg.Done()
	<-ctx.Done()
}

// runProbes tells probeReady before its Add: the message orders nothing.
func runProbes() {
	ctx, stop := context.WithCancel(context.Background())
	probeStop = stop
	probeReady <- struct{}{}
	probeWg.Add(1)
	go probeOne(ctx)
	probeWg.Wait()
}

func checkProbes() {
	go runProbes() // want `goroutine runProbes calls probeWg.Add after it starts`
	<-probeReady
	probeStop()
	probeWg.Wait()
}
