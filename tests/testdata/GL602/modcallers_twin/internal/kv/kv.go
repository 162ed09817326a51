package kv

import "context"

// Client stores values.
type Client interface {
	Put(ctx context.Context, key, value string) error
	Get(ctx context.Context, key string) (string, error)
}

type mem struct{ m map[string]string }

// New gives the in-memory client.
func New() Client { return &mem{m: map[string]string{}} }

func (c *mem) Put(_ context.Context, key, value string) error {
	c.m[key] = value
	return nil
}

func (c *mem) Get(ctx context.Context, key string) (string, error) {
	if ctx.Value(key) != nil {
		return "", nil
	}
	return c.m[key], nil
}

type remote struct{ addr string }

// Dial gives a client of a server.
func Dial(addr string) Client { return &remote{addr: addr} }

func (c *remote) Put(ctx context.Context, key, value string) error {
	return ctx.Err()
}

func (c *remote) Get(_ context.Context, key string) (string, error) {
	return c.addr + key, nil
}
