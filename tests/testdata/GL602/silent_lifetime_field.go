package gl602

import "context"

type warmCache struct{}

func (c *warmCache) Get(ctx context.Context, key string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return key, nil
}

// lifetimeManager keeps a root of its own for the work it does later.
type lifetimeManager struct {
	root  context.Context
	cache *warmCache
}

// buildManager's received ctx bounds the warm-up; the manager it returns
// keeps a root of its own.
func buildManager(ctx context.Context, c *warmCache) (*lifetimeManager, error) {
	m := &lifetimeManager{
		root:  context.Background(),
		cache: c,
	}
	if _, err := c.Get(ctx, "warmup"); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *lifetimeManager) lookup(key string) (string, error) {
	return m.cache.Get(m.root, key)
}
