package gl601

import (
	"context"
	"time"
)

// The cancel is dropped on purpose, stated for vet's lostcancel.
func detach(parent context.Context) context.Context {
	ctx, _ := context.WithTimeout(parent, time.Minute) //nolint:govet // lives as long as the cache entry
	return ctx
}

func detach2(parent context.Context) context.Context {
	//nolint:lostcancel
	ctx, _ := context.WithTimeout(parent, time.Minute)
	return ctx
}

// A bare //nolint silences every linter on the line, vet's lostcancel with it.
func detach3(parent context.Context) context.Context {
	ctx, _ := context.WithCancel(parent) //nolint
	return ctx
}
