package gl302

// The deferred Release is of a handle on another cache: the op's own cache stays locked.

type twoCacheOp struct {
	cache, shared marshalCache
	mounts        []string
}

func (e *twoCacheOp) addMount(target string) {
	e.cache.Acquire()
	c := e.shared.Acquire()
	defer c.Release()
	e.mounts = append(e.mounts, target)
}

func (e *twoCacheOp) addMounts(targets []string) {
	for _, t := range targets {
		e.addMount(t) // want `e.addMount\(\) locks e.cache.mu again while it is held here`
	}
}
