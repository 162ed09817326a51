package gl304

import (
	"context"
	"sync"
)

type pendingSet struct {
	sync.Mutex
	keys []string
}

type resolveTxn struct {
	sync.Mutex
	pending *pendingSet
}

func (txn *resolveTxn) fetch(ctx context.Context, k string) error { return ctx.Err() }

// resolveAllLocked resolves every key with the lock released around each fetch; it repeats until
// every key referenced by txn.pending is resolved.
func (txn *resolveTxn) resolveAllLocked(ctx context.Context) error {
	for len(txn.pending.keys) > 0 {
		keys := txn.pending.keys
		txn.pending.keys = nil
		txn.Unlock()
		for _, k := range keys {
			if err := txn.fetch(ctx, k); err != nil {
				txn.Lock()
				return err
			}
		}
		txn.Lock()
	}
	return nil
}
