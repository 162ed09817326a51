package gl602

import "context"

type configError struct {
	ctx  context.Context
	code int
	msg  string
}

func (e *configError) Error() string { return e.msg }

// NewBadConfig builds an error that carries the context's values (a trace id, a tenant).
func NewBadConfig(ctx context.Context, msg string) *configError {
	return &configError{ctx: ctx, code: 20301, msg: msg}
}

// Error values built from a fresh root: no work runs under it.
func startLogService(ctx context.Context, files []string) error {
	if len(files) == 0 {
		return NewBadConfig(context.Background(), "log service config not set")
	}
	var err error
	if len(files) > 8 {
		err = NewBadConfig(context.TODO(), "too many config files")
	}
	return err
}
