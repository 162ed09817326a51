package gl311

import "sync"

type blockReader struct {
	mu      sync.Mutex
	ready   sync.Cond
	pending int
}

// markRead changes the count and signals nothing.
func (b *blockReader) markRead() {
	b.ready.L.Lock()
	b.pending--
	b.ready.L.Unlock()
}

type volumeReader struct {
	blocks []blockReader
}

// The twin: no method of the element type signals its Cond.
func (v *volumeReader) waitBlock(i int) {
	v.blocks[i].ready.L.Lock()
	for v.blocks[i].pending > 0 {
		v.blocks[i].ready.Wait() // want "never returns: nothing signals it"
	}
	v.blocks[i].ready.L.Unlock()
}

func newVolumeReader(n int) *volumeReader {
	v := &volumeReader{blocks: make([]blockReader, n)}
	for i := range v.blocks {
		v.blocks[i].ready.L = &v.blocks[i].mu
	}
	return v
}
