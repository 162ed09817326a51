package gl307

import "sync"

// Both methods take names and types in opposite orders, but only inside the
// gate mutex, held for writing: the two sections never run at once.
type registry struct {
	gate   sync.Mutex
	names  sync.Mutex
	types  sync.Mutex
	byName map[string]int
	byType map[int]string
}

func (r *registry) add(name string, t int) {
	r.gate.Lock()
	defer r.gate.Unlock()
	r.names.Lock()
	defer r.names.Unlock()
	r.types.Lock()
	defer r.types.Unlock()
	r.byName[name] = t
	r.byType[t] = name
}

func (r *registry) remove(name string, t int) {
	r.gate.Lock()
	defer r.gate.Unlock()
	r.types.Lock()
	defer r.types.Unlock()
	r.names.Lock()
	defer r.names.Unlock()
	delete(r.byType, t)
	delete(r.byName, name)
}
