package gl602

import (
	"context"
	"net"
)

type logicRPC struct{ d *net.Dialer }

// Disconnect is the RPC: it does use its ctx.
func (c *logicRPC) Disconnect(ctx context.Context, key string) error {
	conn, err := c.d.DialContext(ctx, "tcp", key)
	if err != nil {
		return err
	}
	return conn.Close()
}

type cometServer struct{ rpc *logicRPC }

func (s *cometServer) disconnect(c context.Context, key string) error {
	return s.rpc.Disconnect(context.Background(), key)
}

// serveComet is the only caller of disconnect: its ctx has no deadline and is cancelled only
// when serveComet returns, after disconnect has.
func (s *cometServer) serveComet(conn net.Conn, key string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	buf := make([]byte, 16)
	for {
		if _, err := conn.Read(buf); err != nil {
			break
		}
	}
	conn.Close()
	_ = s.disconnect(ctx, key)
}
