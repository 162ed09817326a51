package sink

import (
	"context"

	"example.com/modcallers/internal/authz"
	"example.com/modcallers/internal/kv"
	"example.com/modcallers/internal/naming"
)

// Sink writes values through a client.
type Sink struct{ client kv.Client }

// New makes a sink.
func New() *Sink { return &Sink{client: kv.New()} }

// Save stores one value and names its exporter.
func (s *Sink) Save(ctx context.Context, key, value string) (string, error) {
	if err := s.client.Put(context.TODO(), key, value); err != nil {
		return "", err
	}
	if _, err := s.client.Get(context.Background(), key); err != nil {
		return "", err
	}
	return naming.NewExporter(context.Background(), key)
}

// FirstAllowed picks the first name the check allows.
func FirstAllowed(ctx context.Context, names []string) string {
	for _, n := range names {
		c := context.Background()
		c = authz.With(c, n)
		if authz.Allowed(c) == nil {
			return n
		}
	}
	return ""
}
