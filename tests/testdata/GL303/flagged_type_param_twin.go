package gl303

// The twin: a type parameter of another name, and the parameter typed with
// the package's Counter, which holds a mutex.
func visitCounters[V any](c Counter, items []V) int { // want `parameter of type Counter is passed by value`
	c.Inc()
	return len(items)
}
