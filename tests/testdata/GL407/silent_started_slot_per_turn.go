package gl407

import "net"

var benchConns = 4

// One handler per turn of the loop, each handed the starter's result channel made with as many slots
// as the loop turns: each handler sends once before it returns, so every send finds a slot.
func benchClients(addr string, closeC chan struct{}) (int64, error) {
	result := make(chan int64, benchConns)
	for i := 0; i < benchConns; i++ {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			return 0, err
		}
		go benchHandler(conn, closeC, result)
	}
	var total int64
	for i := 0; i < benchConns; i++ {
		total += <-result
	}
	return total, nil
}

func benchHandler(conn net.Conn, closeC chan struct{}, result chan int64) {
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
				result <- count
				conn.Close()
				return
			}
		}
	}
}
