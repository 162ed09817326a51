package gl302

// The twin: a literal that leaves InGroup out gives it its zero value,
// false, and the callee locks again.
func dropOne(m *member, force bool) {
	m.lock.Lock()
	defer m.lock.Unlock()
	dropMember(m, dropOpts{Force: force}) // want `locks m.lock again while it is held here`
}

// The local's field is set back before the call.
func dropOneOpts(m *member, force bool) {
	m.lock.Lock()
	defer m.lock.Unlock()
	opts := dropOpts{Force: force, InGroup: true}
	if force {
		opts.InGroup = false
	}
	dropMember(m, opts) // want `locks m.lock again while it is held here`
}
