package gl101

import "context"

// Nothing of the package receives from m.out: the constructor's goroutine blocks on its first send.
type pipeConnLost struct {
	In  chan string
	out chan []byte
}

func newPipeConnLost(ctx context.Context) *pipeConnLost {
	m := &pipeConnLost{}
	m.In = make(chan string, 20)
	m.out = make(chan []byte)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case s := <-m.In:
				m.out <- []byte(s) // want `goroutine blocks forever sending on m.out`
			}
		}
	}()
	return m
}
