package gl301

import "sync"

type aliasShard struct {
	mutex sync.RWMutex
	m     map[string]int
}

// AliasDict is a map split in shards, each with its lock. RWLocks takes the
// lock of every shard the keys pick, through a local naming the shard's
// mutex, and leaves them held: RWUnLocks releases them.
type AliasDict struct{ table []*aliasShard }

func (d *AliasDict) spread(key string) uint32 { return uint32(len(key)) % uint32(len(d.table)) }

func (d *AliasDict) indices(keys []string) []uint32 {
	seen := map[uint32]bool{}
	var out []uint32
	for _, k := range keys {
		i := d.spread(k)
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// RWLocks locks the shards of the write keys for writing, the others for reading.
func (d *AliasDict) RWLocks(writeKeys, readKeys []string) {
	write := map[uint32]bool{}
	for _, k := range writeKeys {
		write[d.spread(k)] = true
	}
	for _, index := range d.indices(append(writeKeys, readKeys...)) {
		mu := &d.table[index].mutex
		if write[index] {
			mu.Lock()
		} else {
			mu.RLock()
		}
	}
}

// RWUnLocks releases what RWLocks took.
func (d *AliasDict) RWUnLocks(writeKeys, readKeys []string) {
	write := map[uint32]bool{}
	for _, k := range writeKeys {
		write[d.spread(k)] = true
	}
	for _, index := range d.indices(append(writeKeys, readKeys...)) {
		mu := &d.table[index].mutex
		if write[index] {
			mu.Unlock()
		} else {
			mu.RUnlock()
		}
	}
}
