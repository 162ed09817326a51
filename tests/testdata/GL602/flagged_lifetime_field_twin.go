package gl602

import "context"

type lookupReq struct {
	root context.Context
	key  string
}

func (c *warmCache) serve(r *lookupReq) (string, error) { return c.Get(r.root, r.key) }

// The literal is handed to a call that runs now: the request runs under a
// new root, not the caller's.
func lookupNow(ctx context.Context, c *warmCache, key string) (string, error) {
	_ = ctx.Value("trace")
	return c.serve(&lookupReq{root: context.Background(), key: key}) // want `context.Background\(\) drops the received ctx`
}
