package gl602

import (
	"context"
	"net"
	"time"
)

type logicRPCTwin struct{ d *net.Dialer }

// Disconnect is the RPC: it does use its ctx.
func (c *logicRPCTwin) Disconnect(ctx context.Context, key string) error {
	conn, err := c.d.DialContext(ctx, "tcp", key)
	if err != nil {
		return err
	}
	return conn.Close()
}

type cometServerTwin struct{ rpc *logicRPCTwin }

func (s *cometServerTwin) disconnectTwin(c context.Context, key string) error {
	return s.rpc.Disconnect(context.Background(), key) // want "drops the received ctx"
}

// serveCometTwin's ctx has a deadline: the RPC should stop with it.
func (s *cometServerTwin) serveCometTwin(conn net.Conn, key string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	conn.Close()
	_ = s.disconnectTwin(ctx, key)
}
