package gl302

// touch changes the store without releasing it.
func (s *stateStore) touch() { s.changes++ }

// toucher returns a func that only touches the store: calling it releases nothing.
func (s *stateStore) toucher() func() {
	return func() { s.touch() }
}

// The twin: the func called between the Locks does not release the store.
func twoTouches(st *stateStore) {
	st.Lock()
	touch := st.toucher()
	touch()
	st.Lock() // want "locks st.mu again while it is held here"
	st.changes++
	st.Unlock()
}
