package gl504

import "sync/atomic"

type entry2 struct {
	expire int64
}

func (e *entry2) touch(at int64) {
	atomic.StoreInt64(&e.expire, at)
}

// The twin: a plain read of the field, beside the size.
func (e *entry2) Expired(now int64) bool {
	return e.expire < now // want `e.expire is accessed with sync/atomic elsewhere but plainly here`
}

func (e *entry2) start() {
	go e.touch(1)
}
