package gl101

import (
	"os"
	"sync"
)

// childrenOfQuick signals the end as soon as the readers are started: a reader may still be sending.
func childrenOfQuick(names []string) map[int][]int {
	pairs := make(chan procPair)
	finished := make(chan bool)
	go func() {
		var wg sync.WaitGroup
		for _, n := range names {
			wg.Add(1)
			go func(n string) {
				defer wg.Done()
				if _, err := os.Stat(n); err != nil {
					return
				}
				pairs <- readPair(n) // want `goroutine blocks forever sending on pairs`
			}(n)
		}
		finished <- true
		wg.Wait()
	}()
	tree := map[int][]int{}
	for {
		select {
		case p := <-pairs:
			tree[p.ppid] = append(tree[p.ppid], p.pid)
		case <-finished:
			return tree
		}
	}
}
