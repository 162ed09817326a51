package gl602

import "context"

type runtime struct{ ctx context.Context }

func (r *runtime) SetContext(ctx context.Context) { r.ctx = ctx }

func (r *runtime) Invoke(fn string) error { return r.ctx.Err() }

type pool struct{ free chan *runtime }

// The pooled runtime runs the call under the caller's ctx (or one made from
// it), then is put back with a Background context before it goes back to the
// pool: nothing runs under that context here.
func (p *pool) Call(ctx context.Context, fn string) error {
	r := <-p.free
	r.SetContext(ctx)
	err := r.Invoke(fn)
	r.SetContext(context.Background())
	p.free <- r
	return err
}

type key struct{}

func (p *pool) CallWithValue(ctx context.Context, fn string) error {
	r := <-p.free
	vmCtx := context.WithValue(ctx, key{}, fn)
	r.SetContext(vmCtx)
	err := r.Invoke(fn)
	r.SetContext(context.Background())
	p.free <- r
	return err
}
