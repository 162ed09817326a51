package gl101

import (
	"context"
	"errors"
)

type shareEntry struct {
	err   error
	isDir bool
}

func statShare(ctx context.Context) (shareEntry, error) { return shareEntry{}, ctx.Err() }

func listShare(ctx context.Context) <-chan shareEntry {
	ch := make(chan shareEntry)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- shareEntry{err: ctx.Err()}
		}
	}()
	return ch
}

// The file branch sends one value, which the loop takes before it can return; the directory branch
// sends one per entry, and the loop's early return strands the rest.
func shareDownload(ctx context.Context) error {
	items := make(chan shareEntry)
	e, err := statShare(ctx)
	if err != nil {
		return err
	}
	if !e.isDir {
		go func() {
			defer close(items)
			items <- e
		}()
	} else {
		go func() {
			defer close(items)
			for x := range listShare(ctx) {
				items <- x // want `goroutine blocks forever sending on items. Unbuffered channel: when the receive loop returns early`
			}
		}()
	}
	for it := range items {
		if it.err != nil {
			return errors.New("share failed")
		}
	}
	return nil
}
