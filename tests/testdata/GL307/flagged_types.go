package gl307

import "sync"

// Two types, the order taken through method calls: Cache.mu then DB.mu in Get, DB.mu then Cache.mu in
// Invalidate.
type Cache struct {
	mu sync.Mutex
	db *DB
	m  map[string]string
}

type DB struct {
	mu    sync.Mutex
	cache *Cache
	rows  int
}

func (d *DB) query() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.rows
}

func (c *Cache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = nil
}

func (c *Cache) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.db.query() // want `lock order inversion: this c.db.query\(\) locks DB.mu while holding Cache.mu, but DB.Invalidate locks Cache.mu while holding DB.mu`
}

func (d *DB) Invalidate() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.cache.drop() // want `lock order inversion: this d.cache.drop\(\) locks Cache.mu while holding DB.mu`
}
