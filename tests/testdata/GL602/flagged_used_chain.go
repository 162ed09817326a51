package gl602

import "context"

// waitTurn reads its ctx: it gives up when the caller does.
func (f *fetcher) waitTurn(ctx context.Context, turn chan struct{}) error {
	select {
	case <-turn:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *fetcher) queueUp(ctx context.Context, turn chan struct{}) error {
	return f.waitTurn(ctx, turn)
}

// Two calls down the ctx is waited on: Background there never gives up.
func (f *fetcher) Queue(ctx context.Context, turn chan struct{}) error {
	return f.queueUp(context.Background(), turn) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}
