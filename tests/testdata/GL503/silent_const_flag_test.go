package gl503

import (
	"sync"
	"testing"
)

const runAgainstLocalNodes = false

func fetchNode(node string) int { return len(node) }

// The test body after the guard never runs: the flag is a constant false.
func TestFetchAllLocalNodes(t *testing.T) {
	if !runAgainstLocalNodes {
		return
	}
	nodes := []string{"a", "bb", "ccc"}
	results := map[string]int{}
	var wg sync.WaitGroup
	for _, node := range nodes {
		wg.Add(1)
		go func(node string) {
			defer wg.Done()
			results[node] = fetchNode(node)
		}(node)
	}
	wg.Wait()
	t.Log(len(results))
}
