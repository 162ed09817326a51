package gl303

import "sync"

func (c Counter) Inc() { // want `receiver of type Counter is passed by value: its lock is copied`
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func report(s Stats) string { // want `parameter of type Stats is passed by value: its lock is copied`
	return s.name
}

func guard(mu sync.RWMutex) { // want `parameter of type sync.RWMutex is passed by value`
	mu.Lock()
	println("guarded")
	mu.Unlock()
}

func printReport(s *Stats) {
	println(report(*s))
}
