package gl602

import (
	"context"
	"net"
)

// listenNamed resolves the host it is given before it listens.
func listenNamed(ctx context.Context, network, host string) (net.PacketConn, error) {
	var lc net.ListenConfig
	return lc.ListenPacket(ctx, network, host)
}

// A host name: the lookup runs under the new root, not the caller's.
func listenHubNamed(ctx context.Context, host string) (net.PacketConn, error) {
	_ = ctx.Value("hub")
	return listenNamed(context.Background(), "udp", host) // want `context.Background\(\) drops the received ctx`
}
