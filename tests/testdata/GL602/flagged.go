package gl602

import "context"

type store struct{}

func (s *store) query(ctx context.Context, q string) error { return ctx.Err() }

func (s *store) Load(ctx context.Context, id string) error {
	return s.query(context.Background(), id) // want `context.Background\(\) drops the ctx this function receives \(ctx\)`
}

func (s *store) Save(reqCtx context.Context, id string) error {
	if err := s.query(reqCtx, id); err != nil {
		return err
	}
	return s.query(context.TODO(), id+".meta") // want `context.TODO\(\) drops the ctx this function receives \(reqCtx\)`
}
