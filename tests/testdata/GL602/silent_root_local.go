package gl602

import (
	"context"
	"time"
)

type member struct{ leaseID int }

// keepAlive's ctx is a TODO at its only call, through the caller's local:
// the Background below drops nothing.
func (m *member) keepAlive(ctx context.Context, ttl time.Duration) {
	for {
		if err := m.renew(context.Background(), ttl); err != nil {
			return
		}
		time.Sleep(ttl / 2)
	}
}

func (m *member) renew(ctx context.Context, ttl time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(ttl):
		return nil
	}
}

func (m *member) StartMember(ttl time.Duration) {
	ctx := context.TODO()
	go m.keepAlive(ctx, ttl)
}
