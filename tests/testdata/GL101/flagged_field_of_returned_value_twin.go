package gl101

// The same value kept to itself: only its count leaves the function, and nothing receives the sends.
type fanOutCount struct {
	Outs map[string]chan string
}

func fanOutSize(nodes []string, fetch func(string) string) int {
	ret := fanOutCount{Outs: make(map[string]chan string)}
	for _, n := range nodes {
		ret.Outs[n] = make(chan string)
	}
	go func() {
		for n := range ret.Outs {
			ret.Outs[n] <- fetch(n) // want `goroutine blocks forever sending on ret\.Outs`
		}
	}()
	return len(ret.Outs)
}

// A value handed to the caller whose channel field is unexported: only the package can receive from it,
// and its Close only polls once. The reader, blocked on its send, is never received from.
type quietDialer struct {
	doneChan chan error
	closed   bool
}

func dialQuiet(read func() error) (*quietDialer, error) {
	dl := &quietDialer{}
	dl.doneChan = make(chan error)
	go func() {
		for {
			if err := read(); err != nil {
				dl.doneChan <- err // want `goroutine blocks forever sending on dl\.doneChan`
				return
			}
		}
	}()
	return dl, nil
}

func (dl *quietDialer) closeQuiet() {
	dl.closed = true
	select {
	case <-dl.doneChan:
	default:
	}
}
