// Package boot discovers tenants.
package boot

import (
	"context"
	"errors"

	"example.com/modembed_twin/config"
)

type discovery struct{ centers map[string]config.Center }

var errNoTenant = errors.New("no such tenant")

// GetTenant loads a tenant's configuration. A center's LoadAll stops when
// its context is done.
func (d *discovery) GetTenant(ctx context.Context, tenant string) (*config.Tenant, error) {
	c, ok := d.centers[tenant]
	if !ok {
		return nil, errNoTenant
	}
	return c.LoadAll(context.Background()) // want "drops the received ctx"
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
