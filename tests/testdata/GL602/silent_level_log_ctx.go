package gl602

import (
	"context"
	"io"
)

type levelLog struct{}

// logSink writes a log line with the fields a context carries.
var logSink func(ctx context.Context, line string)

// InfofCtx writes a line at the info level with the fields ctx carries.
func InfofCtx(ctx context.Context, format string, args ...interface{}) { logSink(ctx, format) }

// WarnContext writes a line at the warning level with the fields ctx carries.
func (levelLog) WarnContext(ctx context.Context, msg string) { logSink(ctx, msg) }

var base levelLog

// A log call named for its level and the context it takes only reads the context's values for the
// line's fields: nothing runs under context.Background(), the read goes on under the caller's ctx.
func loggedCopy(ctx context.Context, w *io.PipeWriter) error {
	InfofCtx(context.Background(), "copy starts")
	err := readParts(ctx, w)
	base.WarnContext(context.TODO(), "copy done")
	return err
}
