package gl307

import "sync"

// Two package mutexes taken in opposite orders, the second one through a call.
var (
	regMu   sync.Mutex
	statsMu sync.Mutex
	hits    int
	names   []string
)

func addStat() {
	statsMu.Lock()
	hits++
	statsMu.Unlock()
}

func Register(n string) {
	regMu.Lock()
	defer regMu.Unlock()
	names = append(names, n)
	addStat() // want `lock order inversion: statsMu taken while holding regMu\. This addStat\(\) locks statsMu`
}

func Report() int {
	statsMu.Lock()
	defer statsMu.Unlock()
	regMu.Lock() // want `lock order inversion: regMu taken while holding statsMu`
	defer regMu.Unlock()
	return hits + len(names)
}
