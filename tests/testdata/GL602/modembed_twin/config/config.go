// Package config keeps each tenant's configuration.
package config

import (
	"context"
	"io"
	"sync"
)

// Tenant is one tenant's configuration.
type Tenant struct{ Name string }

// Reader loads configurations.
type Reader interface {
	LoadAll(ctx context.Context) (*Tenant, error)
}

// Center is what a tenant's configuration center does: its LoadAll comes
// from the Reader it embeds.
type Center interface {
	io.Closer
	Reader
	TenantName() string
}

type center struct {
	mu     sync.Mutex
	tenant string
	cached *Tenant
}

// NewCenter makes a center for a tenant.
func NewCenter(tenant string) Center { return &center{tenant: tenant} }

// LoadAll assembles the configuration, unless ctx is already done.
func (c *center) LoadAll(ctx context.Context) (*Tenant, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cached == nil {
		c.cached = &Tenant{Name: c.tenant}
	}
	return c.cached, nil
}

func (c *center) Close() error       { return nil }
func (c *center) TenantName() string { return c.tenant }
