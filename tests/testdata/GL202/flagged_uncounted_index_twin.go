package gl202

import (
	"io"
	"sync"
)

// mirrorAll counts every stream, but the first one's goroutine leaves without Done.
func mirrorAll(dsts []io.Writer, srcs []io.Reader) {
	var eof sync.WaitGroup
	eof.Add(len(srcs))
	for i := range srcs {
		go func(i int) {
			if i == 0 { // want `goroutine reaches its end after this without calling eof\.Done\(\)`
				_, _ = io.Copy(dsts[i], srcs[i])
			} else {
				_, _ = io.Copy(dsts[i], srcs[i])
				eof.Done()
			}
		}(i)
	}
	eof.Wait()
}
