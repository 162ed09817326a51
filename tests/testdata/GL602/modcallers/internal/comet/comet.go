// Package comet serves long-lived connections.
package comet

import (
	"context"
	"net"
)

type logic struct{ d *net.Dialer }

func (l *logic) disconnect(ctx context.Context, key string) error {
	conn, err := l.d.DialContext(ctx, "tcp", key)
	if err != nil {
		return err
	}
	return conn.Close()
}

// Server serves connections.
type Server struct{ rpc *logic }

// Disconnect tells the logic service a connection is gone. Its only caller's ctx has no deadline
// and ends only when that caller returns, after this call.
func (s *Server) Disconnect(c context.Context, key string) error {
	return s.rpc.disconnect(context.Background(), key)
}

func (s *Server) serve(conn net.Conn, key string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	buf := make([]byte, 16)
	for {
		if _, err := conn.Read(buf); err != nil {
			break
		}
	}
	conn.Close()
	_ = s.Disconnect(ctx, key)
}

// Accept serves each connection of l.
func (s *Server) Accept(l net.Listener, key string) {
	for {
		conn, err := l.Accept()
		if err != nil {
			return
		}
		go s.serve(conn, key)
	}
}
