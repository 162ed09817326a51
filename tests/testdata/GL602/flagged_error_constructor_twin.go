package gl602

import "context"

func LoadServiceConfig(ctx context.Context, files []string) error {
	for _, f := range files {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		_ = f
	}
	return nil
}

// The fresh root goes to real work here, not to an error constructor.
func startLogServiceTwin(ctx context.Context, files []string) error {
	if len(files) == 0 {
		return NewBadConfig(ctx, "log service config not set")
	}
	return LoadServiceConfig(context.Background(), files) // want `context\.Background\(\) drops the received ctx`
}
