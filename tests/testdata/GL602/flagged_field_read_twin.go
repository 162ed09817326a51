package gl602

import "context"

// The twin of silent_field_never_read.go: the stored context is read by the
// goroutine the constructor starts, which waits for it to end (never).
type jsProvider struct {
	name      string
	jsWorkCtx context.Context
}

func (p *jsProvider) loop() { <-p.jsWorkCtx.Done() }

func newJSProvider(ctx context.Context, name string) (string, error) {
	mods := loadModules(ctx, name)
	p := &jsProvider{
		name:      mods,
		jsWorkCtx: context.Background(), // want `context\.Background\(\) drops the received ctx`
	}
	go p.loop()
	return p.name, nil
}
