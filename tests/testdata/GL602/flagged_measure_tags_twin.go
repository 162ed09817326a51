package gl602

import (
	"context"
	"net/http"

	"go.opencensus.io/tag"
)

func handleEvent(ctx context.Context, ev string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://collector/"+ev, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// HandleEvents posts each event under the tagged root: the posts go on
// when the caller gives up.
func HandleEvents(ctx context.Context, events <-chan string) error {
	for {
		select {
		case ev := <-events:
			tagged, err := tag.New(context.Background(), tag.Upsert(eventKey, ev)) // want `context.Background\(\) drops the received ctx`
			if err != nil {
				continue
			}
			if err := handleEvent(tagged, ev); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

type logFilterer interface {
	FilterLogs(ctx context.Context, q string) ([]string, error)
}

// FetchLogs runs an RPC named for logs under a plain root: the work is the
// RPC's, not a log line's.
func FetchLogs(ctx context.Context, c logFilterer, q string) ([]string, error) {
	root := context.Background() // want `context.Background\(\) drops the received ctx`
	return c.FilterLogs(root, q)
}
