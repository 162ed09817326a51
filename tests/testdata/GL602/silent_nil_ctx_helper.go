package gl602

import (
	"context"
	"reflect"
)

// boundClient keeps the context its calls run under.
type boundClient struct {
	ctx context.Context
}

// BindClient uses a fresh root only where the given ctx is nil, or a typed
// nil held in the interface: there is no caller's context to keep.
func BindClient(ctx context.Context) *boundClient {
	if isNilCtx(ctx) {
		ctx = context.Background()
	}
	return &boundClient{ctx: ctx}
}

func isNilCtx(ctx context.Context) bool {
	if ctx == nil {
		return true
	}
	v := reflect.ValueOf(ctx)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan:
		return v.IsNil()
	default:
		return false
	}
}
