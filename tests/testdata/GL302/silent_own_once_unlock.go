package gl302

import "sync"

// doOnce is the package's own once-gate: Do runs its func the first time only.
type doOnce bool

func newDoOnce() *doOnce {
	value := doOnce(false)
	return &value
}

func (o *doOnce) Do(cb func()) {
	if *o == false {
		*o = true
		cb()
	}
}

type usageAgg struct {
	mut   sync.Mutex
	usage map[string]int
}

// Update releases the lock early through the gate, and again (a no-op by then) when it returns.
func (a *usageAgg) Update(k string, n int) error {
	a.mut.Lock()
	once := newDoOnce()
	defer once.Do(a.mut.Unlock)
	if n < 0 {
		return nil
	}
	a.usage[k] += n
	once.Do(a.mut.Unlock) // not held while emitting metrics
	emitUsage(n)
	return nil
}

func emitUsage(n int) {}

func (a *usageAgg) HostUsage(k string) int {
	a.mut.Lock()
	defer a.mut.Unlock()
	return a.usage[k]
}

func updateThenRead(a *usageAgg) int {
	_ = a.Update("x", 1)
	return a.HostUsage("x")
}
