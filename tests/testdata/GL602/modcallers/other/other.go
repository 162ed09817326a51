package other

import "context"

// Load has the name and the parameter count of store's method, but it is another function.
func Load(ctx context.Context, key string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return key, nil
}
