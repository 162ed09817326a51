package gl602

import (
	"context"
	"fmt"
)

func emitWhenLive(ctx context.Context, msg string) {
	if ctx.Err() == nil {
		fmt.Println(renderFields(ctx), msg)
	}
}

// The twin: the local is also handed to a function that asks whether it is done.
func publicNoteLive(ctx context.Context, msg string) {
	pub := context.Background() // want `context\.Background\(\) drops the received ctx \(ctx\)`
	pub = copyFields(ctx, pub)
	emitLine(pub, msg)
	emitWhenLive(pub, msg)
}
