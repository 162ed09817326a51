package gl503

import (
	"fmt"
	"io"
)

// tarTree streams entries into a pipe and records them in a map it hands back with the reader: the
// function itself touches no entry; the caller reads the map once the stream is drained.
func tarTree(n int) (io.Reader, map[string]int) {
	tree := map[string]int{}
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 0; i < n; i++ {
			name := fmt.Sprintf("file-%d", i)
			fmt.Fprintln(pw, name)
			tree[name] = i
		}
	}()
	return pr, tree
}
