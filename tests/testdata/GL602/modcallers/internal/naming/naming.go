package naming

import "context"

// NewExporter names the exporter to use.
func NewExporter(_ context.Context, name string) (string, error) {
	return "exporter:" + name, nil
}
