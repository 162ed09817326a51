package gl301

import (
	"errors"
	"sync"
)

type aliasShardTwin struct {
	mutex sync.Mutex
	m     map[string]int
}

// AliasDictTwin locks each shard through a local naming its mutex and
// releases it in the same turn, except on the early return.
type AliasDictTwin struct{ table []*aliasShardTwin }

var errNoShard = errors.New("shard not made")

func (d *AliasDictTwin) bumpAll(indices []int) error {
	for _, index := range indices {
		mu := &d.table[index].mutex
		mu.Lock()
		if d.table[index].m == nil {
			return errNoShard // want "with d.table.mutex locked"
		}
		d.table[index].m["n"]++
		mu.Unlock()
	}
	return nil
}

var _ = (*AliasDictTwin).bumpAll
