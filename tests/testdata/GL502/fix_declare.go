package gl502

import (
	"errors"
	"log"
)

func send(f string) error { return errors.New(f) }

func fire(files []string) error {
	var err error
	for _, f := range files {
		go func(f string) {
			err = send(f) // want `data race on err: written here with no mutex held`
			if err != nil {
				log.Print(err)
			}
		}(f)
	}
	return nil
}
