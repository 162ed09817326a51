package gl602

import "context"

type ring struct{}

func (r *ring) initRing(ctx context.Context) error { return ctx.Err() }

// A comment above the call that says nothing about the context is no reason
// to drop it.
func (r *ring) loop(ctx context.Context) error {
	// First, see if we exist in the cluster, update our state to match if we do,
	// and add ourselves (without tokens) if we don't.
	if err := r.initRing(context.Background()); err != nil { // want `context\.Background\(\) drops the received ctx \(ctx\)`
		return err
	}
	<-ctx.Done()
	return nil
}

// A comment that gives the reason still excuses it.
func (r *ring) stop(ctx context.Context) error {
	// Leaving the ring must finish even if the caller's ctx is cancelled.
	return r.initRing(context.Background())
}

// A reason in a block that a line of code separates from the three lines above is another
// statement's.
func (r *ring) rejoin(ctx context.Context) error {
	// Leaving the ring must finish even if the caller's ctx is cancelled.
	_ = r.initRing(context.Background())
	var tries int
	// count the attempt
	tries++
	_ = tries
	return r.initRing(
		context.Background(), // want `context\.Background\(\) drops the received ctx \(ctx\)`
	)
}
