package gl304

import "sync"

var cacheMu sync.Mutex
var cachedAddrs []int
var cachedHost string

// lookupHostCache returns holding cacheMu when it finds nothing: the caller fills the cache, then unlocks.
func lookupHostCache(host string) (found bool, addr int) {
	cacheMu.Lock()
	if cachedAddrs == nil || host != cachedHost {
		return found, addr
	}
	found = true
	addr = cachedAddrs[0]
	cacheMu.Unlock()
	return found, addr
}

func resolveHostCached(host string, method string, all []int) int {
	if method == "cached" {
		ok, addr := lookupHostCache(host)
		if ok {
			return addr
		}
		cacheMu.Unlock()
	}
	if len(all) > 1 {
		switch method {
		case "cached":
			ok, addr := lookupHostCache(host)
			if ok {
				return addr
			}
			cachedHost = host
			cachedAddrs = all
			cacheMu.Unlock()
		case "first":
		}
	}
	return 0
}
