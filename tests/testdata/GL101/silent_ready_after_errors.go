package gl101

import (
	"net"
	"sync"
	"sync/atomic"
)

// packetListener signals ready once its socket is open: every error it
// can return comes before that.
type packetListener struct {
	mu     sync.Mutex
	ready  chan bool
	finish int32
	conn   net.PacketConn
}

func (l *packetListener) Ready() <-chan bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.ready
}

func (l *packetListener) Listen(addr string) error {
	return l.listenPackets(addr)
}

func (l *packetListener) listenPackets(addr string) error {
	conn, err := net.ListenPacket("udp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	l.conn = conn
	l.ready <- true
	buf := make([]byte, 512)
	for atomic.LoadInt32(&l.finish) == 0 {
		if _, _, err := conn.ReadFrom(buf); err != nil {
			continue
		}
	}
	return nil
}

// StartPackets returns once the listener is ready, or with its error:
// after Ready fired, Listen returns nil, so nothing is sent on errc.
func StartPackets(addr string) (*packetListener, error) {
	l := &packetListener{ready: make(chan bool)}
	errc := make(chan error)
	go func() {
		err := l.Listen(addr)
		if err != nil {
			errc <- err
		}
	}()
	select {
	case <-l.Ready():
		return l, nil
	case err := <-errc:
		return nil, err
	}
}
