package gl302

// The twin: the gate releases the lock only on one branch, and nothing else does.
func (a *usageAgg) UpdatePositive(k string, n int) {
	a.mut.Lock()
	once := newDoOnce()
	if n > 0 { // want `end of function with a\.mut locked`
		a.usage[k] += n
		once.Do(a.mut.Unlock)
	}
}
