package authz

import (
	"context"
	"errors"
)

type key struct{}

// With gives ctx the user's name.
func With(ctx context.Context, who string) context.Context {
	return context.WithValue(ctx, key{}, who)
}

func who(ctx context.Context) string {
	s, _ := ctx.Value(key{}).(string)
	return s
}

// Allowed reads the user's name from ctx.
func Allowed(ctx context.Context) error {
	if who(ctx) != "admin" {
		return errors.New("denied")
	}
	return nil
}

// AllowedLive also asks whether ctx is done.
func AllowedLive(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return Allowed(ctx)
}
