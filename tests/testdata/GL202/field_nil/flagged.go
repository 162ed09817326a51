package fieldnil

import (
	"net"
	"sync"
)

// relay: another function of the package sets peer, so Close may find it set.
type relay struct {
	l    net.Listener
	peer net.Conn
	wg   sync.WaitGroup
	once sync.Once
}

func (r *relay) attach(c net.Conn) { r.peer = c }

func (r *relay) release() {
	defer r.once.Do(func() {
		r.wg.Done()
	})
}

func (r *relay) Close() error {
	_ = r.l.Close()
	if r.peer != nil {
		return r.peer.Close()
	}
	r.release()
	return nil
}

func openRelay(l net.Listener) *relay {
	r := &relay{l: l}
	r.wg.Add(1)
	go func() {
		conn, err := l.Accept()
		if err != nil {
			_ = r.Close()
			return // want `goroutine returns here without calling r.wg.Done\(\)`
		}
		r.peer = conn
		r.release()
	}()
	return r
}

// tunnel: the goroutine itself sets link before it may call Close.
type tunnel struct {
	l    net.Listener
	link net.Conn
	wg   sync.WaitGroup
	once sync.Once
}

func (t *tunnel) release() {
	defer t.once.Do(func() {
		t.wg.Done()
	})
}

func (t *tunnel) Close() error {
	_ = t.l.Close()
	if t.link != nil {
		return t.link.Close()
	}
	t.release()
	return nil
}

func openTunnel(l net.Listener, hello []byte) *tunnel {
	t := &tunnel{l: l}
	t.wg.Add(1)
	go func() {
		conn, err := l.Accept()
		if err != nil {
			_ = t.Close()
			return
		}
		t.link = conn
		if _, err := conn.Write(hello); err != nil {
			_ = t.Close()
			return // want `goroutine returns here without calling t.wg.Done\(\)`
		}
		t.release()
	}()
	return t
}

// hub: the goroutine sets sink through another name for the same value before it may call Close.
type hub struct {
	l    net.Listener
	sink net.Conn
	wg   sync.WaitGroup
	once sync.Once
}

func (h *hub) release() {
	defer h.once.Do(func() {
		h.wg.Done()
	})
}

func (h *hub) Close() error {
	_ = h.l.Close()
	if h.sink != nil {
		return h.sink.Close()
	}
	h.release()
	return nil
}

func openHub(l net.Listener) *hub {
	h := &hub{l: l}
	same := h
	h.wg.Add(1)
	go func() {
		conn, err := l.Accept()
		same.sink = conn
		if err != nil {
			_ = h.Close()
			return // want `goroutine returns here without calling h.wg.Done\(\)`
		}
		h.release()
	}()
	return h
}
