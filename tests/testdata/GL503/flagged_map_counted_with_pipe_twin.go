package gl503

import (
	"fmt"
	"io"
)

// tarCount streams entries into a pipe and records them in a map, whose size it reads before the
// goroutine is done with it.
func tarCount(n int) (io.Reader, int) {
	tree := map[string]int{}
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 0; i < n; i++ {
			name := fmt.Sprintf("file-%d", i)
			fmt.Fprintln(pw, name)
			tree[name] = i // want "map tree is written concurrently"
		}
	}()
	return pr, len(tree)
}
