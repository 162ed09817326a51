package gl504

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

type pump struct {
	sent, recv int64
}

func (p *pump) in(ctx context.Context) error {
	for i := 0; i < 3 && ctx.Err() == nil; i++ {
		atomic.AddInt64(&p.sent, 1)
	}
	return nil
}

func (p *pump) out(ctx context.Context) error {
	for i := 0; i < 3 && ctx.Err() == nil; i++ {
		atomic.AddInt64(&p.recv, 1)
	}
	return nil
}

// run starts the only goroutines that count, and joins them before it
// reads the totals plainly.
func (p *pump) run(ctx context.Context) error {
	eg, ctx := errgroup.WithContext(ctx)
	eg.Go(func() error { return p.in(ctx) })
	eg.Go(func() error { return p.out(ctx) })
	if err := eg.Wait(); err != nil {
		return err
	}
	fmt.Println(p.sent, p.recv)
	return nil
}

type relay struct {
	bytes int64
}

func (r *relay) copyOne() { atomic.AddInt64(&r.bytes, 1) }

// The same with a WaitGroup.
func (r *relay) serve() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		r.copyOne()
	}()
	wg.Wait()
	fmt.Println(r.bytes)
}
