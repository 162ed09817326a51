package gl502

import "net"

// One Read of the other end returns with the first bytes written, before the
// goroutine's write of err: the two touch err at the same time.
func exchangeOnce() ([]byte, error) {
	server, client := net.Pipe()
	var err error
	go func() {
		err = serveOne(server) // want `data race on err`
		server.Close()
	}()
	buf := make([]byte, 5)
	n, err := client.Read(buf)
	return buf[:n], err
}
