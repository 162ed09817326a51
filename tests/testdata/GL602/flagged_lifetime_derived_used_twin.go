package gl602

import "context"

// The twin: the fresh root also runs the setup, which no longer stops with the caller.
func NewEagerWorker(ctx context.Context, name string) (*jobWorker, error) {
	base, cancel := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx`
	w := &jobWorker{baseContext: base, baseCancel: cancel, name: name}
	if err := setupWorker(base, name); err != nil {
		cancel()
		return nil, err
	}
	return w, nil
}
