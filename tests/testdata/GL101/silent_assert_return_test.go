package gl101

import (
	"errors"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
)

func dialOnce(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err == nil {
		c.Close()
	}
	return err
}

// The only returns before the receive are under `if !assert.NoError(...)`: the test has failed there.
func TestListenerClose(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if !assert.NoError(t, err, "listen") {
		return
	}
	addr := ln.Addr().String()
	unexpected := make(chan error)
	go func() {
		defer close(unexpected)
		n := 0
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if n++; n > 2 {
				unexpected <- errors.New("connection after close")
				return
			}
			c.Close()
		}
	}()
	for i := 0; i < 2; i++ {
		if !assert.NoError(t, dialOnce(addr), "dial before close") {
			return
		}
	}
	ln.Close()
	dialOnce(addr)
	assert.NoError(t, <-unexpected)
}
