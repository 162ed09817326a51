package probe

import (
	"context"

	"example.com/modcallers/internal/health"
)

// Prober has a method of the same name, used as a value: another function than health.Check.
type Prober struct{ addr string }

func (p *Prober) Check(ctx context.Context) error { return ctx.Err() }

func (p *Prober) Checks() []func(context.Context) error {
	return []func(context.Context) error{p.Check}
}

// Probe checks one address with options.
func Probe(addr string, opts ...health.Option) error {
	return health.Check(context.Background(), addr, opts...)
}
