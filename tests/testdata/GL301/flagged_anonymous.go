package gl301

import "sync"

// A package variable of an anonymous struct type with an embedded mutex.
var cache struct {
	sync.Mutex
	m map[string]int
}

func Lookup(k string) int {
	cache.Lock()
	if v, ok := cache.m[k]; ok {
		return v // want "return with cache locked"
	}
	cache.Unlock()
	return 0
}
