package gl101

import (
	"errors"
	"log"
	"time"
)

// waitCache gives up after a second; its caller only logs the error and
// goes on: the goroutine stays blocked.
func waitCache(synced func() bool) error {
	done := make(chan bool)
	go func() {
		done <- synced() // want `goroutine blocks for.ver sending on done`
	}()
	select {
	case <-time.After(time.Second):
		return errors.New("cache did not sync in time")
	case ok := <-done:
		if !ok {
			return errors.New("cache did not sync")
		}
	}
	return nil
}

func StartCache(synced func() bool) {
	err := waitCache(synced)
	if err != nil {
		log.Print(err)
	}
}
