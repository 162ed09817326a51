package gl101

import (
	"errors"
	"log"
	"time"
)

// waitInformer gives up after a second; its only caller ends the process
// on that error, and the stranded goroutine with it.
func waitInformer(synced func() bool) error {
	done := make(chan bool)
	go func() {
		done <- synced()
	}()
	select {
	case <-time.After(time.Second):
		return errors.New("informer did not sync in time")
	case ok := <-done:
		if !ok {
			return errors.New("informer did not sync")
		}
	}
	return nil
}

func StartInformer(synced func() bool) {
	err := waitInformer(synced)
	if err != nil {
		log.Fatal(err)
	}
}
