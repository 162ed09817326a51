package gl505

import (
	"context"
	"errors"
	"testing"

	"golang.org/x/sync/errgroup"
)

// The error of a group's Wait is what its goroutines return: here validations only, the same on
// every run.
type shardSet struct{ shards map[string][]int }

func (s *shardSet) validate(name string) error {
	if len(s.shards[name]) == 0 {
		return errors.New("empty shard")
	}
	return nil
}

func (s *shardSet) validateAll(names []string) error {
	var g errgroup.Group
	for _, name := range names {
		name := name
		g.Go(func() error { return s.validate(name) })
	}
	return g.Wait()
}

func TestShardsValid(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	go func() {
		if err := s.validateAll([]string{"a"}); err != nil {
			t.Errorf("validate: %v", err)
		}
	}()
}

// A context handed down that never ends: its Err() in a callee is nil on every run.
func (s *shardSet) size(ctx context.Context, name string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := s.validate(name); err != nil {
		return 0, err
	}
	return len(s.shards[name]), nil
}

func (s *shardSet) total(ctx context.Context, names []string) (int, error) {
	n := 0
	for _, name := range names {
		k, err := s.size(ctx, name)
		if err != nil {
			return 0, err
		}
		n += k
	}
	return n, nil
}

func TestShardsTotal(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	ctx := context.Background()
	go func() {
		if _, err := s.total(ctx, []string{"a"}); err != nil {
			t.Errorf("total: %v", err)
		}
	}()
}

// The group's functions run in sizes' frame: the context they test is the one its caller hands.
func (s *shardSet) sizes(ctx context.Context, names []string) error {
	var g errgroup.Group
	for _, name := range names {
		name := name
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return s.validate(name)
		})
	}
	return g.Wait()
}

func TestShardsSizes(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	go func() {
		if err := s.sizes(context.Background(), []string{"a"}); err != nil {
			t.Errorf("sizes: %v", err)
		}
	}()
}
