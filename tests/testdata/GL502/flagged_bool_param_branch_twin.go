package gl502

import (
	"context"
	"log"
)

type pageSender struct {
	send func(ctx context.Context, cursor []byte) (int, error)
}

// Count waits for the page; Kick does not, and takes the racing branch.
func (p *pageSender) Count(ctx context.Context, cursor []byte) (int, error) {
	return p.sendPage(ctx, cursor, true)
}

func (p *pageSender) Kick(ctx context.Context, cursor []byte) {
	_, _ = p.sendPage(ctx, cursor, false)
}

func (p *pageSender) sendPage(ctx context.Context, cursor []byte, wait bool) (count int, err error) {
	if wait {
		return p.send(ctx, cursor)
	}
	go func() {
		_, err = p.send(ctx, cursor) // want `data race on err`
		if err != nil {
			log.Println("page send failed:", err)
		}
	}()
	return
}
