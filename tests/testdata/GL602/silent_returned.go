package gl602

import "context"

type entry struct{ data []byte }

type entryStore interface {
	Get(ctx context.Context, key string) ([]byte, error)
}

type persistent struct {
	stopped bool
	st      entryStore
}

func restore(b []byte) (context.Context, entry, error) {
	return context.Background(), entry{data: b}, nil
}

// Read hands back the entry's own context; on the paths with no entry the
// context returned is a placeholder beside ok == false: nothing runs under it.
func (q *persistent) Read(ctx context.Context) (context.Context, entry, bool) {
	if q.stopped {
		return context.Background(), entry{}, false
	}
	return q.next(ctx)
}

func (q *persistent) next(ctx context.Context) (context.Context, entry, bool) {
	restored := context.Background()
	b, err := q.st.Get(ctx, "k")
	if err == nil {
		var it entry
		restored, it, err = restore(b)
		if err == nil {
			return restored, it, true
		}
	}
	return restored, entry{}, false
}
