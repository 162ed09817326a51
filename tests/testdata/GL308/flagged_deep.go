package gl308

import "sync"

// A package RWMutex read-locked again two calls down.
var (
	confMu sync.RWMutex
	conf   = map[string]string{}
)

func lookup(k string) string {
	confMu.RLock()
	defer confMu.RUnlock()
	return conf[k]
}

func lookupDefault(k, def string) string {
	if v := lookup(k); v != "" {
		return v
	}
	return def
}

func Describe(keys []string) []string {
	confMu.RLock()
	defer confMu.RUnlock()
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, lookupDefault(k, "-")) // want `confMu is read-locked again while its read lock is held`
	}
	return out
}

func Set(k, v string) {
	confMu.Lock()
	conf[k] = v
	confMu.Unlock()
}
