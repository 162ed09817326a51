package gl505

import (
	"context"
	"errors"
	"log"
	"testing"
	"time"

	"golang.org/x/example/remote"
)

// A reading of the clock that is only logged or measured does not decide the error: put fails only on
// an empty or a duplicate key, the same on every run.
type throttledStore struct {
	lastWarn time.Time
	items    map[string]int
}

func (s *throttledStore) put(k string, v int) error {
	start := time.Now()
	defer func() { log.Printf("put took %v", time.Since(start)) }()
	if k == "" {
		return errors.New("empty key")
	}
	if _, ok := s.items[k]; ok {
		return errors.New("duplicate key")
	}
	if len(s.items) > 1000 && time.Since(s.lastWarn) > time.Minute {
		log.Printf("store holds %d items", len(s.items))
		s.lastWarn = time.Now()
	}
	took := time.Since(start)
	log.Printf("stored %s in %v", k, took)
	s.items[k] = v
	return nil
}

func TestThrottledPut(t *testing.T) {
	s := &throttledStore{items: map[string]int{}}
	go func() {
		if err := s.put("a", 1); err != nil {
			t.Errorf("put: %v", err)
		}
	}()
}

// Results of code out of sight that only carry on the work (a context and a span) are no error.
func (s *throttledStore) tracedPut(ctx context.Context, k string) error {
	ctx, span := remote.StartSpan(ctx, "put")
	defer span.End()
	s.note(ctx, k)
	return s.put(k, 1)
}

func (s *throttledStore) note(ctx context.Context, k string) {}

func TestTracedPut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s := &throttledStore{items: map[string]int{}}
	go func() {
		if err := s.tracedPut(ctx, "a"); err != nil {
			t.Errorf("put: %v", err)
		}
	}()
}

// A plain wait before a return of nil decides nothing: run returns nil once ctx ends, on every run
// (it fails only on a name taken, the same on every run).
type idleRunner struct {
	started chan struct{}
	names   map[string]bool
}

func (r *idleRunner) run(ctx context.Context, name string) error {
	if r.names[name] {
		return errors.New("name taken")
	}
	close(r.started)
	<-ctx.Done()
	return nil
}

func TestIdleRunner(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	r := &idleRunner{started: make(chan struct{})}
	go func() {
		if err := r.run(ctx, "a"); err != nil {
			t.Errorf("run: %v", err)
		}
	}()
}
