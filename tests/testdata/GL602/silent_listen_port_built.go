package gl602

import (
	"context"
	"fmt"
	"net"
)

type grpcConf struct {
	Port    string
	PortNum int
}

// The address is only a port, built from the configuration: there is no host name to look up, so the
// listen's context would bound nothing.
func runRPC(ctx context.Context, cfg grpcConf) error {
	lc := &net.ListenConfig{}
	lis, err := lc.Listen(context.Background(), "tcp", ":"+cfg.Port)
	if err != nil {
		return err
	}
	go func() {
		<-ctx.Done()
		lis.Close()
	}()
	return nil
}

func runMetrics(ctx context.Context, cfg grpcConf) (net.Listener, error) {
	_ = ctx.Value("metrics")
	var lc net.ListenConfig
	return lc.Listen(context.Background(), "tcp", fmt.Sprintf(":%d", cfg.PortNum))
}
