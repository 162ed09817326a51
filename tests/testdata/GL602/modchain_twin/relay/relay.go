// Package relay hands a context down a sender, a transport and an interface to a
// Post that waits for room in its queue until the context is done.
package relay

import (
	"context"
	"errors"
)

// Poster posts a payload.
type Poster interface {
	Post(ctx context.Context, payload []byte) ([]byte, error)
}

type memQueue struct{ queue chan []byte }

func (q *memQueue) Post(ctx context.Context, payload []byte) ([]byte, error) {
	if len(payload) == 0 {
		return nil, errors.New("empty payload")
	}
	select {
	case q.queue <- payload:
		return payload[:1], nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

type bridge struct{ q *memQueue }

func (b *bridge) Post(ctx context.Context, payload []byte) ([]byte, error) {
	return b.q.Post(ctx, payload)
}

// Transport posts through its Poster.
type Transport struct{ api Poster }

// SendPrivate posts the payload.
func (t *Transport) SendPrivate(ctx context.Context, payload []byte) ([]byte, error) {
	return t.api.Post(ctx, payload)
}

// Sender wraps payloads for the transport.
type Sender struct{ transport *Transport }

// NewSender wires a sender to an in-memory queue.
func NewSender() *Sender {
	return &Sender{transport: &Transport{api: &bridge{q: &memQueue{queue: make(chan []byte, 1)}}}}
}

// SendPrivate sends the payload.
func (s *Sender) SendPrivate(ctx context.Context, payload []byte) ([]byte, error) {
	if len(payload) > 10 {
		return s.sendLong(ctx, payload)
	}
	return s.transport.SendPrivate(ctx, payload)
}

func (s *Sender) sendLong(ctx context.Context, payload []byte) ([]byte, error) {
	return s.transport.SendPrivate(ctx, payload[10:])
}
