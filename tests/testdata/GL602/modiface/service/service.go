// Package service dispatches instance events to the health checkers.
package service

import (
	"context"

	"example.com/modiface/plugin"
	"example.com/modiface/plugin/leader"
	"example.com/modiface/plugin/memory"
)

// Server dispatches events.
type Server struct{ checkers map[int32]plugin.Checker }

// New builds a server with both checkers.
func New() *Server {
	return &Server{checkers: map[int32]plugin.Checker{1: &memory.Checker{}, 2: &leader.Checker{}}}
}

// OnDelete forgets an instance. Every checker ignores the context or only reads a header from it.
func (s *Server) OnDelete(ctx context.Context, kind int32, id string) error {
	checker, ok := s.checkers[kind]
	if !ok {
		return nil
	}
	return checker.Delete(context.Background(), id)
}
