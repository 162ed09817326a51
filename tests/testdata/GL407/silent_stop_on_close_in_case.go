package gl407

import "time"

// The loop leaves only once statusCh is closed, tested inside the request case; the default receives from
// that same channel, so the close that would end the loop wakes the default too.
type statusParser struct {
	statusReq  chan struct{}
	statusResp chan []byte
}

func (p *statusParser) scan() <-chan []byte {
	ch := make(chan []byte)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- []byte{byte(i)}
		}
	}()
	return ch
}

func (p *statusParser) scheduler() {
	defer close(p.statusResp)
	statusCh := p.scan()
	for {
		select {
		case <-p.statusReq:
			select {
			case b, ok := <-statusCh:
				if !ok {
					return
				}
				p.statusResp <- b
			case <-time.After(3 * time.Second):
				p.statusResp <- nil
			}
		default:
			if _, ok := <-statusCh; !ok {
				return
			}
		}
	}
}
