package gl303

import "sync"

// A type that initialises itself once: a value receiver runs the copy's Once, so the original's
// initialisation runs again (the related location is the original's Do).
type lazyList struct {
	once  sync.Once
	items []int
}

func (l *lazyList) init() {
	l.once.Do(func() { l.items = make([]int, 0, 8) })
}

func (l lazyList) Len() int { // want `receiver of type lazyList is passed by value: its lock is copied`
	l.init()
	return len(l.items)
}
