package gl302

import "sync"

type member struct {
	lock sync.Mutex
	name string
}

type dropOpts struct {
	Force   bool
	InGroup bool
}

// dropMember locks m unless the caller, dropping a whole group, holds it.
func dropMember(m *member, opts dropOpts) {
	if !opts.InGroup {
		m.lock.Lock()
		defer m.lock.Unlock()
	}
	m.name = ""
}

// The options literal says InGroup: the callee takes no lock.
func dropGroup(ms []*member, force bool) {
	for _, m := range ms {
		m.lock.Lock()
		dropMember(m, dropOpts{Force: force, InGroup: true})
		m.lock.Unlock()
	}
}

// By pointer, the same.
func dropMemberRef(m *member, opts *dropOpts) {
	if !opts.InGroup {
		m.lock.Lock()
		defer m.lock.Unlock()
	}
	m.name = ""
}

func dropGroupRef(ms []*member) {
	for _, m := range ms {
		m.lock.Lock()
		dropMemberRef(m, &dropOpts{InGroup: true})
		m.lock.Unlock()
	}
}

// Through a local declared from the literal and never changed.
func dropGroupOpts(ms []*member, force bool) {
	for _, m := range ms {
		m.lock.Lock()
		opts := dropOpts{Force: force, InGroup: true}
		dropMember(m, opts)
		m.lock.Unlock()
	}
}
