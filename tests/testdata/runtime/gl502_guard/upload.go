package rt

import (
	"errors"
	"sync"
)

func upload(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return nil
}

// UploadAll uploads every file concurrently and reports one failure.
func UploadAll(files []string) error {
	var err error
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			if e := upload(f); e != nil {
				err = e // want `data race on err: written here with no mutex held`
			}
		}(f)
	}
	wg.Wait()
	return err
}
