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
			err = send(f) // want `err is written in this goroutine by every goroutine this loop starts`
			if err != nil {
				log.Print(err)
			}
		}(f)
	}
	return nil
}
