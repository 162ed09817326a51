package gl602

import "context"

type table struct{}

func (t *table) exec(ctx context.Context, q string) error { return ctx.Err() }

func (t *table) Delete(ctx context.Context, id string) error {
	if err := t.exec(context.Background(), "DELETE "+id); err != nil { // want `context\.Background\(\) drops the received ctx \(ctx\)`
		return err
	}
	return nil
}
