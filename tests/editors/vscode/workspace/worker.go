package main

import (
	"context"
	"time"
)

func poll(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	return ctx.Err()
}
