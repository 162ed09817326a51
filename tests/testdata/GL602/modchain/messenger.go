// Package modchain passes context.Background() to calls whose context goes down to
// functions that never look at it: no cancellation is lost.
package modchain

import (
	"context"

	"example.com/modchain/relay"
)

type rawHandler func(ctx context.Context, payload []byte) ([]byte, error)

// Messenger sends through a relay.Sender.
type Messenger struct{ sender *relay.Sender }

// NewMessenger makes a Messenger.
func NewMessenger() *Messenger { return &Messenger{sender: relay.NewSender()} }

func (m *Messenger) dispatch(ctx context.Context, payload []byte) ([]byte, error) {
	return m.sender.SendPrivate(ctx, payload)
}

func (m *Messenger) syncPeer(ctx context.Context, payload []byte, handler rawHandler) error {
	_, err := handler(ctx, payload)
	return err
}

// Withdraw sends directly through the sender.
func (m *Messenger) Withdraw(ctx context.Context, payload []byte) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	_, err := m.sender.SendPrivate(context.Background(), payload)
	return err
}

// AddPeer syncs through a function value.
func (m *Messenger) AddPeer(ctx context.Context, payload []byte) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return m.syncPeer(context.Background(), payload, m.dispatch)
}

func (m *Messenger) trustPeer(ctx context.Context, payload []byte) error {
	return m.syncPeer(ctx, payload, m.dispatch)
}

// MarkTrusted syncs through a method that passes the function value on.
func (m *Messenger) MarkTrusted(ctx context.Context, payload []byte) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return m.trustPeer(context.Background(), payload)
}
