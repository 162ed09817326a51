package gl304

import "sync"

var aliasesMu sync.RWMutex

func confLock2() (string, *sync.RWMutex, error) { return "/etc/aliases.conf", &aliasesMu, nil }

// The twin of silent_foreign_lock_mode.go: a sync.RWMutex read-locked and then write-unlocked.
func readAliases2() (string, error) {
	path, lock, err := confLock2()
	if err != nil {
		return "", err
	}
	lock.RLock()
	defer lock.Unlock() // want `lock\.Unlock\(\) releases a lock taken with lock\.RLock\(\)`
	return path, nil
}
