package gl602

import "context"

type store struct{}

func (s *store) query(ctx context.Context, q string) error { return ctx.Err() }

func (s *store) Load(ctx context.Context, id string) error {
	return s.query(context.Background(), id) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}

func (s *store) Save(reqCtx context.Context, id string) error {
	if err := s.query(reqCtx, id); err != nil {
		return err
	}
	return s.query(context.TODO(), id+".meta") // want `context\.TODO\(\) drops the received ctx \(reqCtx\)`
}

// One caller passes its own ctx, which this drops.
func refresh(ctx context.Context, s *store, id string) error {
	return s.query(context.Background(), id) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}

func (s *store) RefreshAll(ctx context.Context, ids []string) {
	_ = refresh(context.Background(), s, ids[0])
	_ = refresh(ctx, s, ids[1])
}

// Two callers up, an exported method passes its own ctx on, which a caller in another package made.

func fetchMeta(ctx context.Context, s *store, id string) error {
	return s.query(context.TODO(), id) // want `context\.TODO\(\) drops the received ctx \(ctx\)`
}

func (s *store) syncMeta(ctx context.Context, id string) error {
	return fetchMeta(ctx, s, id)
}

func (s *store) Sync(ctx context.Context, id string) error {
	_ = s.syncMeta(context.Background(), id+".old")
	return s.syncMeta(ctx, id)
}

// The new context is handed to work that does not watch the caller's ctx.
func fetchDetached(ctx context.Context, s *store) error {
	c, cancel := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx \(ctx\)`
	defer cancel()
	return s.query(c, "x")
}
