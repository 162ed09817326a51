package gl302

import (
	"strings"
	"sync"
)

// Lock taken only when the caller does not hold it (hasLock), after an early return and other
// conditions: the call with hasLock=true takes nothing.
type perms struct {
	resp  map[string]bool
	allow map[string]bool
}

type client struct {
	mu    sync.Mutex
	perms *perms
	kind  int
}

func (c *client) responseAllowed(s string) bool { return c.perms.resp[s] }

func (c *client) check(subject string, fullCheck, hasLock bool) bool {
	if c.perms == nil {
		return true
	}
	allowed, checkAllow := true, true
	if c.kind != 0 && strings.HasPrefix(subject, "x") {
		checkAllow = false
	}
	if checkAllow && c.perms.allow != nil {
		allowed = c.perms.allow[subject]
	}
	if !allowed && fullCheck && c.perms.resp != nil {
		if !hasLock {
			c.mu.Lock()
		}
		allowed = c.responseAllowed(subject)
		if !hasLock {
			c.mu.Unlock()
		}
	}
	return allowed
}

func (c *client) deliver(s string) {
	c.mu.Lock()
	if !c.check(s, true, true) {
		c.mu.Unlock()
		return
	}
	c.mu.Unlock()
}
