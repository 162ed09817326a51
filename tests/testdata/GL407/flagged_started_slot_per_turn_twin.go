package gl407

import "net"

var pingConns = 4

// One slot shared by every handler of the loop: once one handler has sent, the others' sends in
// the default block while closeC is not watched.
func pingClients(addr string, closeC chan struct{}) (int64, error) {
	result := make(chan int64, 1)
	for i := 0; i < pingConns; i++ {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			return 0, err
		}
		go pingHandler(conn, closeC, result)
	}
	return <-result, nil
}

func pingHandler(conn net.Conn, closeC chan struct{}, result chan int64) {
	var count int64
	buf := make([]byte, 512)
	for {
		select {
		case <-closeC:
			result <- count
			conn.Close()
			return
		default:
			n, err := conn.Read(buf)
			count += int64(n)
			if err != nil {
				result <- count // want `this blocks in the select's default`
				conn.Close()
				return
			}
		}
	}
}
