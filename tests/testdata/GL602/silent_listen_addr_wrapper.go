package gl602

import (
	"context"
	"net"
)

// listenSystemPacket listens on whatever address it is given.
func listenSystemPacket(ctx context.Context, addr net.Addr) (net.PacketConn, error) {
	var lc net.ListenConfig
	return lc.ListenPacket(ctx, addr.Network(), addr.String())
}

// The wrapper is handed an IP and a port, no name to look up.
func listenHub(ctx context.Context, ip net.IP, port int) (net.PacketConn, error) {
	_ = ctx.Value("hub")
	return listenSystemPacket(context.Background(), &net.UDPAddr{IP: ip, Port: port})
}
