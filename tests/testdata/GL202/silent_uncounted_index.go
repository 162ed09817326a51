package gl202

import (
	"io"
	"sync"
)

// mirror copies the streams: the first one is not counted, so its goroutine leaves without Done.
func mirror(dsts []io.Writer, srcs []io.Reader) {
	var eof sync.WaitGroup
	eof.Add(len(srcs) - 1)
	for i := range srcs {
		go func(i int) {
			if i == 0 {
				_, _ = io.Copy(dsts[i], srcs[i])
			} else {
				_, _ = io.Copy(dsts[i], srcs[i])
				eof.Done()
			}
		}(i)
	}
	eof.Wait()
}
