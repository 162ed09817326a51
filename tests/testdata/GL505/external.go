package gl505

import (
	"errors"
	"os"
)

// Store is used by the external test package (gl505_test) of this directory.
type Store struct{ open bool }

// NewStore returns a store that is open.
func NewStore() *Store { return &Store{open: true} }

// Ping returns nil on every path.
func (s *Store) Ping() error { return nil }

// Get fails when the store is closed, or its file cannot be read.
func (s *Store) Get() error {
	if !s.open {
		return errors.New("closed")
	}
	_, err := os.ReadFile("store.db")
	return err
}
