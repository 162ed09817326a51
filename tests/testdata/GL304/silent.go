package gl304

func (t *table) Get(i int) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.rows[i]
}

func (t *table) Add(r string) {
	t.mu.Lock()
	t.rows = append(t.rows, r)
	t.mu.Unlock()
}
