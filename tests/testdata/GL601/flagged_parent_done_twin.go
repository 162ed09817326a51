package gl601

import (
	"context"
	"time"
)

// The twin: the loop leaves when another context is done, while the slot
// contexts' parent may live on.
func runSlotsUntil(ctx, quit context.Context, slots <-chan int) {
	for {
		select {
		case <-quit.Done():
			return // want `stop is not called on this path`
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
