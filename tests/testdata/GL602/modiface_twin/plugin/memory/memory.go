// Package memory keeps heartbeats in memory.
package memory

import (
	"context"
	"sync"
)

// Checker is the in-memory checker.
type Checker struct{ records sync.Map }

// Delete forgets an id.
func (c *Checker) Delete(ctx context.Context, id string) error {
	c.records.Delete(id)
	return nil
}

// Name names the checker.
func (c *Checker) Name() string { return "memory" }
