package gl602

import "context"

// A word that only contains "log" is not a logger: the lookup can block, and the caller's ctx is dropped.
func resolveEntry(ctx context.Context, name string) error {
	return catalogLookup(context.Background(), name) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}

func catalogLookup(ctx context.Context, name string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
		return nil
	}
}
