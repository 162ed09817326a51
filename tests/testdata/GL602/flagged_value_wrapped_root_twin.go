package gl602

import (
	"context"
	"time"
)

// One caller gives the ctx a deadline: the TODO drops it.
func fetchTokenTimed(ctx context.Context, f *oauthFlow) (string, error) {
	_ = ctx.Value(stateKey{})
	return f.requestInfo(context.TODO()) // want `context.TODO\(\) drops the received ctx`
}

func runLoginTimed(host string) error {
	ctx := withState(context.Background())
	ctx, stop := context.WithTimeout(ctx, time.Minute)
	defer stop()
	_, err := fetchTokenTimed(ctx, &oauthFlow{})
	return err
}
