package gl304

import "sync"

var peekMu sync.Mutex
var peekAddrs []int
var peekHost string

// peekHostCache never takes peekMu: the second unlock below finds it free.
func peekHostCache(host string) (found bool, addr int) {
	if peekAddrs == nil || host != peekHost {
		return found, addr
	}
	return true, peekAddrs[0]
}

func resolveHostPeeked(host string, method string, all []int) int {
	if method == "cached" {
		ok, addr := peekHostCache(host)
		if ok {
			return addr
		}
		peekMu.Unlock()
	}
	if len(all) > 1 {
		switch method {
		case "cached":
			ok, addr := peekHostCache(host)
			if ok {
				return addr
			}
			peekHost = host
			peekAddrs = all
			peekMu.Unlock() // want "peekMu is unlocked twice on this path"
		case "first":
		}
	}
	return 0
}
