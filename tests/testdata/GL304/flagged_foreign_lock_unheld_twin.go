package gl304

import "sync"

var leaderMu sync.Mutex

// The twin of silent_foreign_lock_unheld.go with a sync.Mutex: unlocked on
// a path where it was never locked.
func acquireLeader2(held bool) {
	if held {
		leaderMu.Lock()
	}
	leaderMu.Unlock() // want `leaderMu may not be locked when this Unlock runs`
}
