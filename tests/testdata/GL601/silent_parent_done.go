package gl601

import (
	"context"
	"time"
)

func prepareSlot(slot int) bool { return slot >= 0 }

func performSlot(ctx context.Context, slot int) { <-ctx.Done() }

// The loop leaves only once the parent is done: a done parent has already
// ended every slot context made from it, timers included.
func runSlots(ctx context.Context, slots <-chan int) {
	for {
		select {
		case <-ctx.Done():
			return
		case slot := <-slots:
			slotCtx, stop := context.WithDeadline(ctx, time.Now().Add(time.Second))
			if !prepareSlot(slot) {
				stop()
				continue
			}
			go performSlot(slotCtx, slot)
		}
	}
}
