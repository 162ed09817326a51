package gl101

import "context"

// The constructor's goroutine feeds m.data, an unexported field of the value it returns; the value's
// Read method receives from it, so the send has a receiver whenever a caller reads.
type pipeConn struct {
	In   chan string
	data chan []byte
}

func newPipeConn(ctx context.Context) *pipeConn {
	m := &pipeConn{}
	m.In = make(chan string, 20)
	m.data = make(chan []byte)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case s := <-m.In:
				m.data <- []byte(s)
			}
		}
	}()
	return m
}

func (m *pipeConn) Read(b []byte) (int, error) {
	s, ok := <-m.data
	if !ok {
		return 0, nil
	}
	return copy(b, s), nil
}
