package gl602

import "context"

// A fresh context stored in a field that nothing in the package reads: no work
// runs under it, so the caller's cancellation has nothing to reach.
type luaProvider struct {
	name        string
	luaStatsCtx context.Context
}

func loadModules(ctx context.Context, name string) string { return name }

func newLuaProvider(ctx context.Context, name string) (string, error) {
	mods := loadModules(ctx, name)
	p := &luaProvider{
		name:        mods,
		luaStatsCtx: context.Background(),
	}
	return p.name, nil
}
