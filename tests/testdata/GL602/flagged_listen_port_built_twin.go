package gl602

import (
	"context"
	"fmt"
	"net"
)

type adminConf struct {
	Host string
	Port int
}

// A host name is part of the address: the listen resolves it first, a lookup the received ctx
// would bound.
func runAdmin(ctx context.Context, cfg adminConf) (net.Listener, error) {
	_ = ctx.Value("admin")
	var lc net.ListenConfig
	return lc.Listen(context.Background(), "tcp", fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}

func runAdminLocal(ctx context.Context, cfg adminConf) (net.Listener, error) {
	_ = ctx.Value("admin")
	var lc net.ListenConfig
	return lc.Listen(context.Background(), "tcp", "localhost:"+fmt.Sprint(cfg.Port)) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}
