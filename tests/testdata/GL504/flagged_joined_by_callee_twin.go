package gl504

import (
	"context"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

type mover struct {
	moved int32
}

func (m *mover) moveAll(in <-chan int) error {
	for range in {
		atomic.AddInt32(&m.moved, 1)
	}
	return nil
}

// startMoves returns before its group is done: the adds go on after it.
func (m *mover) startMoves(ctx context.Context, in <-chan int) *errgroup.Group {
	group, _ := errgroup.WithContext(ctx)
	group.Go(func() error { return m.moveAll(in) })
	return group
}

// progress reads the count while the group may still add to it.
func (m *mover) progress() int {
	return int(m.moved) // want "plainly here"
}

func MoveItems(ctx context.Context, in <-chan int) (int, error) {
	m := &mover{}
	group := m.startMoves(ctx, in)
	seen := m.progress()
	return seen, group.Wait()
}
