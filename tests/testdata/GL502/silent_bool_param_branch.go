package gl502

import (
	"context"
	"log"
)

type pageFetcher struct {
	query func(ctx context.Context, cursor []byte) (int, error)
}

// Count asks for one page and waits for it.
func (p *pageFetcher) Count(ctx context.Context, cursor []byte) (int, error) {
	return p.fetchPage(ctx, cursor, true)
}

// fetchPage's fire-and-forget branch is never taken: its only call passes true.
func (p *pageFetcher) fetchPage(ctx context.Context, cursor []byte, wait bool) (count int, err error) {
	if wait {
		type result struct {
			count int
			err   error
		}
		got := make(chan result, 1)
		go func() {
			n, e := p.query(ctx, cursor)
			got <- result{n, e}
		}()
		select {
		case r := <-got:
			return r.count, r.err
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	} else {
		go func() {
			_, err = p.query(ctx, cursor)
			if err != nil {
				log.Println("page request failed:", err)
			}
		}()
	}
	return
}
