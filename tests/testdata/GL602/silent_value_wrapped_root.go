package gl602

import "context"

type stateKey struct{}

type loginState struct{ status string }

// withState only attaches a value.
func withState(ctx context.Context) context.Context {
	return context.WithValue(ctx, stateKey{}, &loginState{status: "idle"})
}

type oauthFlow struct{}

func (f *oauthFlow) requestInfo(ctx context.Context) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
		return "info", nil
	}
}

// Every caller's ctx is a root wrapped with values only: nothing to lose.
func fetchToken(ctx context.Context, f *oauthFlow) (string, error) {
	_ = ctx.Value(stateKey{})
	return f.requestInfo(context.TODO())
}

func loginFlow(ctx context.Context, f *oauthFlow) error {
	_, err := fetchToken(ctx, f)
	return err
}

func runLogin(host string) error {
	ctx := withState(context.Background())
	if host != "" {
		ctx = context.WithValue(ctx, stateKey{}, host)
	}
	return loginFlow(ctx, &oauthFlow{})
}
