package gl502

import (
	"io"
	"net"
)

func serveOne(c net.Conn) error {
	_, err := c.Write([]byte("hello"))
	return err
}

// io.ReadAll of the pipe's other end returns once the goroutine closed its
// end, after its write of err: the function's next use of err comes later.
func exchange() ([]byte, error) {
	server, client := net.Pipe()
	var err error
	go func() {
		err = serveOne(server)
		server.Close()
	}()
	data, err := io.ReadAll(client)
	return data, err
}
