package gl304

import "example.com/lockfile"

func confLock() (string, *lockfile.LockFile, error) {
	l, err := lockfile.GetLockFile("/run/aliases.lock")
	return "/etc/aliases.conf", l, err
}

// Another package's lock whose one Unlock ends either mode (a lock file): RLock then Unlock is its use.
func readAliases() (string, error) {
	path, lock, err := confLock()
	if err != nil {
		return "", err
	}
	lock.RLock()
	defer lock.Unlock()
	return path, nil
}
