package gl502

import (
	"context"
	"errors"
	"sync"
)

type pageSession struct{}

func (s *pageSession) GetPages(ctx context.Context, keys []int) (<-chan int, error) {
	return streamPages(ctx, keys)
}

func streamPages(ctx context.Context, keys []int) (<-chan int, error) {
	if len(keys) > 64 {
		return nil, errors.New("batch too large")
	}
	out := make(chan int, len(keys))
	for _, k := range keys {
		out <- k
	}
	close(out)
	return out, nil
}

// streamPages fails for a large batch: the goroutines may write the shared error together.
func fetchPages(s *pageSession, batches [][]int) error {
	var anyErr error
	var wg sync.WaitGroup
	for _, batch := range batches {
		wg.Add(1)
		go func(keys []int) {
			defer wg.Done()
			out, err := s.GetPages(context.Background(), keys)
			if err != nil {
				anyErr = err // want `data race on anyErr: written here with no mutex held`
				return
			}
			for range out {
			}
		}(batch)
	}
	wg.Wait()
	return anyErr
}
