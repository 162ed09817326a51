package store

import (
	"context"
	"time"
)

type Store struct{ delay time.Duration }

func (s *Store) fetch(ctx context.Context, key string) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(s.delay):
		return key, nil
	}
}

// Load reads one key.
func (s *Store) Load(ctx context.Context, key string) (string, error) {
	return s.fetch(context.Background(), key) // want "drops the received ctx"
}

// Refresh reads the key "r".
func (s *Store) Refresh(ctx context.Context) error {
	_, err := s.fetch(context.TODO(), "r")
	return err
}

// Sync reads the key "s".
func (s *Store) Sync(ctx context.Context) error {
	_, err := s.fetch(context.Background(), "s") // want "drops the received ctx"
	return err
}

// Drain reads the key "d".
func (s *Store) Drain(ctx context.Context) error {
	_, err := s.fetch(context.Background(), "d") // want "drops the received ctx"
	return err
}

// Reindex reads the key "i"; only a test calls it here.
func (s *Store) Reindex(ctx context.Context) error {
	_, err := s.fetch(context.Background(), "i") // want "drops the received ctx"
	return err
}
