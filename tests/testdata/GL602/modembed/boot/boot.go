// Package boot discovers tenants.
package boot

import (
	"context"
	"errors"

	"example.com/modembed/config"
)

type discovery struct{ centers map[string]config.Center }

var errNoTenant = errors.New("no such tenant")

// GetTenant loads a tenant's configuration. Every center's LoadAll ignores
// the context it is given.
func (d *discovery) GetTenant(ctx context.Context, tenant string) (*config.Tenant, error) {
	c, ok := d.centers[tenant]
	if !ok {
		return nil, errNoTenant
	}
	return c.LoadAll(context.Background())
}

// New makes a discovery over the given tenants.
func New(tenants ...string) interface {
	GetTenant(ctx context.Context, tenant string) (*config.Tenant, error)
} {
	d := &discovery{centers: map[string]config.Center{}}
	for _, t := range tenants {
		d.centers[t] = config.NewCenter(t)
	}
	return d
}
