package rt

import "errors"

// Load fails for a missing name.
func Load(name string) (int, error) {
	if name == "" {
		return 0, errors.New("no name")
	}
	return len(name), nil
}
