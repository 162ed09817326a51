package gl502

import (
	"context"
	"sync"
)

type blockSession struct{}

func (s *blockSession) GetBlocks(ctx context.Context, keys []int) (<-chan int, error) {
	return streamBlocks(ctx, keys)
}

func streamBlocks(ctx context.Context, keys []int) (<-chan int, error) {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, k := range keys {
			select {
			case out <- k:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// The shared error is written only under 'if err != nil' of a method whose error is nil on
// every path (passed up from streamBlocks): the write never runs, nothing races.
func fetchAll(s *blockSession, batches [][]int) error {
	var anyErr error
	var wg sync.WaitGroup
	for _, batch := range batches {
		wg.Add(1)
		go func(keys []int) {
			defer wg.Done()
			out, err := s.GetBlocks(context.Background(), keys)
			if err != nil {
				anyErr = err
				return
			}
			for range out {
			}
		}(batch)
	}
	wg.Wait()
	return anyErr
}
