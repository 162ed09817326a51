package gl301

func (c *cache) deferred(k string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if k == "" {
		return ""
	}
	return c.m[k]
}

func (c *cache) everyBranch(k string) (string, error) {
	c.mu.Lock()
	v, ok := c.m[k]
	if !ok {
		c.mu.Unlock()
		return "", errMissing
	}
	c.mu.Unlock()
	return v, nil
}

func (c *cache) ifElse(k string) string {
	c.mu.Lock()
	var v string
	if k == "" {
		c.mu.Unlock()
		v = "empty"
	} else {
		v = c.m[k]
		c.mu.Unlock()
	}
	return v
}

// lock/unlock pair methods: the caller holds the lock between them.
func (c *cache) lock()   { c.mu.Lock() }
func (c *cache) unlock() { c.mu.Unlock() }

func (c *cache) release() { c.mu.RUnlock() }

// The lock is handed to the caller with its release func.
func (c *cache) grab(ok bool) (map[string]string, func(), error) {
	c.mu.RLock()
	if !ok {
		c.mu.RUnlock()
		return nil, nil, errMissing
	}
	return c.m, c.release, nil
}
