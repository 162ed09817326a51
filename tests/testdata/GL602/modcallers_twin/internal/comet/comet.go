// Package comet serves long-lived connections.
package comet

import (
	"context"
	"net"
	"time"
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

// Disconnect tells the logic service a connection is gone. Its only caller gives it a deadline:
// the call should stop with it.
func (s *Server) Disconnect(c context.Context, key string) error {
	return s.rpc.disconnect(context.Background(), key) // want "drops the received ctx"
}

func (s *Server) serve(conn net.Conn, key string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
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
