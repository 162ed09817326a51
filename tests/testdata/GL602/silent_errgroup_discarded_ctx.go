package gl602

import (
	"context"
	"net/http"

	"golang.org/x/sync/errgroup"
)

// The group's derived context is discarded: the group is used as a plain
// errgroup.Group, and its goroutines run under the received ctx.
func fetchAll(ctx context.Context, urls []string) ([]int, error) {
	eg, _ := errgroup.WithContext(context.TODO())
	codes := make([]int, len(urls))
	for i, u := range urls {
		i, u := i, u
		eg.Go(func() error {
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
			if err != nil {
				return err
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return err
			}
			resp.Body.Close()
			codes[i] = resp.StatusCode
			return nil
		})
	}
	if err := eg.Wait(); err != nil {
		return nil, err
	}
	return codes, nil
}
