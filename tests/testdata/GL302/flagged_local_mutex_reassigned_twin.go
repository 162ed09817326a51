package gl302

// The same mutex read-locked while it is held: the second table's lock is never asked for.
func (t *mutexTable) refreshSame() []string {
	mu := t.get("uids")
	mu.Lock()
	defer mu.Unlock()
	out := append([]string(nil), t.uids...)

	mu.RLock() // want `mu is (locked again|upgraded)`
	out = append(out, t.names...)
	mu.RUnlock()
	return out
}
