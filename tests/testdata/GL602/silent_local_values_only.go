package gl602

import (
	"context"
	"fmt"
)

type fieldsKey struct{}

func copyFields(src, dst context.Context) context.Context {
	return context.WithValue(dst, fieldsKey{}, src.Value(fieldsKey{}))
}

func renderFields(ctx context.Context) string {
	if ctx == nil {
		return ""
	}
	v, _ := ctx.Value(fieldsKey{}).(string)
	return v
}

func emitLine(ctx context.Context, msg string) {
	fmt.Println(renderFields(ctx), msg)
}

// A new root that only carries values copied from ctx to a function that only reads them: no
// work runs under it.
func publicNote(ctx context.Context, msg string) {
	pub := context.Background()
	pub = copyFields(ctx, pub)
	emitLine(pub, msg)
}
