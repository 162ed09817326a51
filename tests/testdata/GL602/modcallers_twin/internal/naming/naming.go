package naming

import "context"

// NewExporter names the exporter to use.
func NewExporter(ctx context.Context, name string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return "exporter:" + name, nil
}
