package gl602

import (
	"context"
	"net/http"

	"golang.org/x/sync/errgroup"
)

// The twin of silent_errgroup_discarded_ctx.go: the group's context is kept and
// the requests use it.
func fetchAllDetached(ctx context.Context, urls []string) ([]int, error) {
	eg, gctx := errgroup.WithContext(context.Background()) // want `context\.Background\(\) drops the received ctx`
	codes := make([]int, len(urls))
	for i, u := range urls {
		i, u := i, u
		eg.Go(func() error {
			req, err := http.NewRequestWithContext(gctx, http.MethodGet, u, nil)
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
