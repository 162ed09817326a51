package gl302

import "sync"

type batch struct {
	sync.Mutex
	items []int
}

type batchPool struct{ free []*batch }

func (p *batchPool) put(b *batch) { p.free = append(p.free, b) }

// flush empties a queue of batches. A producer locks each batch before queueing it and a worker
// unlocks it once it is processed: the Lock here waits for that. Every turn receives another batch
// (b is declared again by the case), so no turn locks the batch of the turn before.
func (p *batchPool) flush(q chan *batch) {
	for {
		select {
		case b := <-q:
			b.Lock()
			for range b.items {
			}
			p.put(b)
		default:
			return
		}
	}
}
