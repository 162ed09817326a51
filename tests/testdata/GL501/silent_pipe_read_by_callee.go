package gl501

import (
	"bytes"
	"io"
	"strconv"
	"sync"
)

type packetQueue struct {
	mu   sync.Mutex
	msgs [][]byte
}

func (q *packetQueue) enqueue(p io.Reader) error {
	var b bytes.Buffer
	if _, err := b.ReadFrom(p); err != nil {
		return err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.msgs = append(q.msgs, b.Bytes())
	return nil
}

// enqueue reads the pipe to its end, which comes once the goroutine closed its writer: each
// turn waits for its goroutine before the loop moves on.
func fillQueue(q *packetQueue) error {
	for i := 0; i < 5; i++ {
		r, w := io.Pipe()
		go func() {
			_, _ = w.Write([]byte("packet " + strconv.Itoa(i)))
			w.Close()
		}()
		if err := q.enqueue(r); err != nil {
			return err
		}
	}
	return nil
}
