package gl304

import (
	"context"
	"sync"
)

type pendingSetTwin struct {
	sync.Mutex
	keys []string
}

type resolveTxnTwin struct {
	sync.Mutex
	pending *pendingSetTwin
}

func (txn *resolveTxnTwin) fetch(ctx context.Context, k string) error { return ctx.Err() }

// resolveAllTwinLocked resolves every key; txn.pending must be held, so that is the lock it names, not
// the transaction's own.
func (txn *resolveTxnTwin) resolveAllTwinLocked(ctx context.Context) error {
	for len(txn.pending.keys) > 0 {
		keys := txn.pending.keys
		txn.pending.keys = nil
		txn.Unlock() // want `txn may not be locked when this Unlock runs`
		for _, k := range keys {
			if err := txn.fetch(ctx, k); err != nil {
				txn.Lock()
				return err // want `return with txn locked`
			}
		}
		txn.Lock()
	}
	return nil // want `return with txn locked`
}
