package gl203

import (
	"runtime"
	"sync"
)

func buildOne(name string) { _ = name }

// On one platform an element is built in place, and its iteration pays its
// count with a wg.Done() of its own: every element is counted once.
func buildAll(names []string) {
	var wg sync.WaitGroup
	wg.Add(len(names))
	for _, name := range names {
		if runtime.GOOS == "windows" {
			buildOne(name)
			wg.Done()
			continue
		}
		go func(name string) {
			defer wg.Done()
			buildOne(name)
		}(name)
	}
	wg.Wait()
}
