package gl505

import (
	"context"
	"os"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"
)

// The twins: the group's goroutines read files, and the context handed down can end.
func (s *shardSet) loadAll(names []string) error {
	var g errgroup.Group
	for _, name := range names {
		name := name
		g.Go(func() error {
			_, err := os.ReadFile(name)
			return err
		})
	}
	return g.Wait()
}

func TestShardsLoad(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	go func() {
		if err := s.loadAll([]string{"a"}); err != nil {
			t.Errorf("load: %v", err) // want `t\.Errorf may run after the test returns.*can come from os\.ReadFile`
		}
	}()
}

func TestShardsTotalBounded(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	go func() {
		if _, err := s.total(ctx, []string{"a"}); err != nil {
			t.Errorf("total: %v", err) // want `t\.Errorf may run after the test returns.*can come from ctx\.Err`
		}
	}()
}

func TestShardsSizesBounded(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	go func() {
		if err := s.sizes(ctx, []string{"a"}); err != nil {
			t.Errorf("sizes: %v", err) // want `t\.Errorf may run after the test returns.*can come from ctx\.Err`
		}
	}()
}
