package gl505

import (
	"crypto/tls"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func serveConn(conn net.Conn) { conn.Close() }

// Each goroutine checks only what its start returns (a listen, a key pair load, a server that could not
// start: http.ListenAndServe has no handle anyone could close), and the test sleeps 2 s right after
// starting them: the checks run long before it can return.
func TestServersAtStart(t *testing.T) {
	go func(t *testing.T) {
		require.Nil(t, http.ListenAndServe(":15100", http.NewServeMux()))
	}(t)

	go func(t *testing.T) {
		cer, err := tls.LoadX509KeyPair("testdata/cert.pem", "testdata/key.pem")
		require.Nil(t, err)
		ln, err := tls.Listen("tcp", ":15101", &tls.Config{Certificates: []tls.Certificate{cer}})
		require.Nil(t, err)
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go serveConn(conn)
		}
	}(t)

	go startEchoServer(t)
	time.Sleep(2 * time.Second)
}

func startEchoServer(t *testing.T) {
	ln, err := net.Listen("tcp", ":15102")
	if err != nil {
		t.Error(err)
		return
	}
	defer ln.Close()
	conn, err := ln.Accept()
	if err != nil {
		return
	}
	serveConn(conn)
}
