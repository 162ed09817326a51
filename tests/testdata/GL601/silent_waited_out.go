package gl601

import (
	"context"
	"time"
)

// The function waits for the context to end right after making it: once the
// timer cancelled it, nothing is left for the cancel func to release.
func pause() {
	ctx, _ := context.WithTimeout(context.Background(), time.Second)
	<-ctx.Done()
}
