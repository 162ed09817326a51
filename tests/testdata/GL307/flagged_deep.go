package gl307

import "sync"

// The second lock is taken two calls down.
type Cluster struct {
	nodesMu sync.Mutex
	stateMu sync.Mutex
	nodes   []string
	state   int
}

func (c *Cluster) bump() {
	c.stateMu.Lock()
	c.state++
	c.stateMu.Unlock()
}

func (c *Cluster) touch() { c.bump() }

func (c *Cluster) AddNode(n string) {
	c.nodesMu.Lock()
	defer c.nodesMu.Unlock()
	c.nodes = append(c.nodes, n)
	c.touch() // want `lock order inversion: Cluster\.stateMu taken while holding Cluster\.nodesMu`
}

func (c *Cluster) Snapshot() (int, int) {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	c.nodesMu.Lock() // want `lock order inversion: Cluster\.nodesMu taken while holding Cluster\.stateMu`
	defer c.nodesMu.Unlock()
	return c.state, len(c.nodes)
}
