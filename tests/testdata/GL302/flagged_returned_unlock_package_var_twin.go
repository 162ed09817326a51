package gl302

import "sync"

// The method drops the Unlock method value of the package mutex: the second call locks it again.
var dropPool [64]sync.Mutex

func dropLock(name string) (unlock func()) {
	i := len(name) % len(dropPool)
	dropPool[i].Lock()
	return dropPool[i].Unlock
}

type dropRelays struct{ seen map[string]int }

func (r *dropRelays) ensure(name string) int {
	dropLock(name)
	r.seen[name]++
	return r.seen[name]
}

func ensureDropTwice(r *dropRelays) {
	r.ensure("a")
	r.ensure("a") // want `r\.ensure\(\) locks dropPool again while it is held here: deadlock`
}
