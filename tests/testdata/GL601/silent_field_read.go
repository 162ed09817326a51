package gl601

import "context"

type cursorSet struct {
	stopCursor context.CancelFunc
}

func (cs *cursorSet) openCursor(ctx context.Context) {
	ctx, cs.stopCursor = context.WithCancel(ctx)
	go cs.waitCursor(ctx)
}

func (cs *cursorSet) waitCursor(ctx context.Context) {
	<-ctx.Done()
}

// Close reads the field: it calls the cancel func.
func (cs *cursorSet) Close() {
	cs.stopCursor()
}
