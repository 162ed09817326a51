package gl502

import (
	"io"
	"strings"
)

// The twin: one Read of the reader end returns with the first bytes, before the goroutine's write.
func produceSome(text string) ([]byte, error) {
	r, w := newStream()
	var werr error
	go func() {
		_, werr = io.Copy(w, strings.NewReader(text)) // want `data race on werr`
		w.Close()
	}()
	buf := make([]byte, 8)
	n, _ := r.Read(buf)
	return buf[:n], werr
}
