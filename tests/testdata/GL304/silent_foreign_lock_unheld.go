package gl304

import "example.com/consul/api"

// A distributed lock of another package, given up when lost and retried
// with goto; its Unlock of a lock no longer held returns an error (no sync
// fatal error), and the deferred give-up runs only while one is kept.
func keepSession(client *api.Client, key string, stop <-chan struct{}) {
	var lock *api.Lock
	defer func() {
		if lock != nil {
			lock.Unlock()
		}
	}()

RETRY:
	select {
	case <-stop:
		return
	default:
	}
	if lock == nil {
		var err error
		lock, err = client.LockKey(key)
		if err != nil {
			goto RETRY
		}
	}
	lost, err := lock.Lock(stop)
	if err != nil {
		if err == api.ErrLockHeld {
			lock.Unlock()
		}
		lock = nil
		goto RETRY
	}
	if lost == nil {
		return
	}
	for {
		select {
		case <-lost:
			lock.Unlock()
			lock = nil
			goto RETRY
		case <-stop:
			return
		}
	}
}
