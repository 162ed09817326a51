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
	return s.fetch(context.Background(), key)
}

// Refresh reads the key "r".
func (s *Store) Refresh(ctx context.Context) error {
	_, err := s.fetch(context.TODO(), "r")
	return err
}

// Sync reads the key "s".
func (s *Store) Sync(ctx context.Context) error {
	_, err := s.fetch(context.Background(), "s")
	return err
}

// Rebuild reads the key "b"; only a test calls it here.
func Rebuild(ctx context.Context, s *Store) error {
	_, err := s.fetch(context.Background(), "b")
	return err
}
