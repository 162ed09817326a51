package gl101

import (
	"os"
	"sync"
)

type procPair struct{ pid, ppid int }

func readPair(name string) procPair { return procPair{pid: len(name)} }

// childrenOf collects what the readers send; the end signal comes only after every reader is done.
func childrenOf(names []string) map[int][]int {
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
				pairs <- readPair(n)
			}(n)
		}
		wg.Wait()
		finished <- true
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
