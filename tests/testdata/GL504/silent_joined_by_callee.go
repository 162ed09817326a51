package gl504

import (
	"context"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

type copier struct {
	reads, writes, failures int32
}

type copyResult struct {
	Reads, Writes, Failures int
}

func (c *copier) readAll(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; i < 3; i++ {
		atomic.AddInt32(&c.reads, 1)
		select {
		case out <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (c *copier) writeOne(v int) error {
	if v < 0 {
		atomic.AddInt32(&c.failures, 1)
		return nil
	}
	atomic.AddInt32(&c.writes, 1)
	return nil
}

func (c *copier) writeAll(in <-chan int) error {
	for v := range in {
		if err := c.writeOne(v); err != nil {
			return err
		}
	}
	return nil
}

// copyAll starts every counting goroutine in its group and waits for them before it returns.
func (c *copier) copyAll(ctx context.Context) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	group, ctx := errgroup.WithContext(ctx)
	items := make(chan int)
	group.Go(func() error { return c.readAll(ctx, items) })
	group.Go(func() error { return c.writeAll(items) })
	return group.Wait()
}

// result reads the counters plainly: its only caller calls it after copyAll returned.
func (c *copier) result() copyResult {
	return copyResult{Reads: int(c.reads), Writes: int(c.writes), Failures: int(c.failures)}
}

func CopyItems(ctx context.Context) (copyResult, error) {
	c := &copier{}
	err := c.copyAll(ctx)
	return c.result(), err
}
