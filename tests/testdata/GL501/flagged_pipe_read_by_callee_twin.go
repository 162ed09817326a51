package gl501

import (
	"bytes"
	"io"
	"strconv"
)

func (q *packetQueue) enqueueSome(p io.Reader, skip bool) error {
	if skip {
		return nil
	}
	var b bytes.Buffer
	_, err := b.ReadFrom(p)
	return err
}

// enqueueSome may return before it reads the pipe: the loop can move on while the goroutine
// still reads i.
func fillSome(q *packetQueue, skip bool) error {
	for i := 0; i < 5; i++ {
		r, w := io.Pipe()
		go func() {
			_, _ = w.Write([]byte("packet " + strconv.Itoa(i))) // want "loop variable i"
			w.Close()
		}()
		if err := q.enqueueSome(r, skip); err != nil {
			return err
		}
	}
	return nil
}
