package gl602

import (
	"context"
	"net/http"
)

func fetchURL(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The result is thrown away, not kept: the request still runs without the caller's ctx.
func syncURL(ctx context.Context, url string) {
	_ = fetchURL(context.TODO(), url) // want "drops the received ctx"
}
