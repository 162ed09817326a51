package gl302

// The twin: the guard of the write lock is never given back before the read lock is asked for.
func writeThenReadHeld(o *observedRW) {
	w := o.Lock("write")
	r := o.RLock("read") // want `o.RLock\(\) locks o.mu again while it is held here`
	r.RUnlock()
	w.Unlock()
}
