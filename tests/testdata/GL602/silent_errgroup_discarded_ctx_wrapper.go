package gl602

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/sync/errgroup"
)

// goSafely runs f in the group, turning a panic into the group's error.
func goSafely(eg *errgroup.Group, f func() error) {
	eg.Go(func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return f()
	})
}

func queryEngine(ctx context.Context, q string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://engine.local/query", strings.NewReader(q))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The group's derived context is discarded, so the group handed to a helper carries no context: its
// goroutines run under the received ctx.
func CompareQuery(ctx context.Context, q string) error {
	eg, _ := errgroup.WithContext(context.Background())
	goSafely(eg, func() error { return queryEngine(ctx, q) })
	goSafely(eg, func() error { return queryEngine(ctx, q+" -- golden") })
	return eg.Wait()
}
