package gl503

import (
	"sync"
	"testing"
)

const runAgainstRemoteNodes = true

// The flag is a constant true: the guard never returns, and the writes race.
func TestFetchAllRemoteNodes(t *testing.T) {
	if !runAgainstRemoteNodes {
		return
	}
	nodes := []string{"a", "bb", "ccc"}
	results := map[string]int{}
	var wg sync.WaitGroup
	for _, node := range nodes {
		wg.Add(1)
		go func(node string) {
			defer wg.Done()
			results[node] = fetchNode(node) // want `map results is written concurrently`
		}(node)
	}
	wg.Wait()
	t.Log(len(results))
}
