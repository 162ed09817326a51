package gl106

import "context"

type configChange struct{ rev int }

type configSource interface {
	Run(ctx context.Context) error
	Watch() <-chan configChange
}

// patchManager forwards what its source watches to outCh, made with no slot:
// the forwarder sends through its parameter, and blocks once the receiver of
// outCh stops with ctx.
type patchManager struct {
	inner configSource
	outCh chan configChange
}

func newPatchManager(inner configSource) *patchManager {
	return &patchManager{inner: inner, outCh: make(chan configChange)}
}

func (c *patchManager) Run(ctx context.Context) error {
	go c.patch(c.inner.Watch(), c.outCh) // want "can block for.ver sending on c.outCh once ctx is"
	return c.inner.Run(ctx)
}

func (c *patchManager) Watch() <-chan configChange { return c.outCh }

func (c *patchManager) patch(src <-chan configChange, dst chan configChange) {
	for cc := range src {
		cc.rev++
		dst <- cc
	}
}

var _ = newPatchManager
