package gl602

import "context"

// Reset replaces its ctx with one made from nothing it was given: the kill no longer follows the
// caller.
func (t *task) Reset(ctx context.Context) error {
	ctx, end := withTrace(context.TODO()) // want `context.TODO\(\) drops the received ctx \(ctx\)`
	defer end()
	exitCtx, exitCancel := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx \(ctx\)`
	stopped := t.monitor(exitCtx)
	defer func() {
		exitCancel()
		<-stopped
	}()
	return t.kill(ctx)
}
