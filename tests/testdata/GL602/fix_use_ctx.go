package gl602

import "context"

func (s *store) Delete(ctx context.Context, id string) error {
	if err := s.query(context.Background(), "DELETE "+id); err != nil { // want `drops the ctx`
		return err
	}
	return nil
}
