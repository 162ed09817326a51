package gl301

import (
	"example.com/app/syncutil"
)

// The twin: the wrapper's promoted Lock is a lock, and this return keeps it.
type ruleSet struct {
	syncutil.Mutex
	rules map[string]int
}

func (rs *ruleSet) PutRule(k string, v int) {
	rs.Lock()
	if k == "" {
		return // want `return with rs locked`
	}
	rs.rules[k] = v
	rs.Unlock()
}
