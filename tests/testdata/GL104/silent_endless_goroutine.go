package gl104

import (
	"log"
	"time"
)

func removeExpired() {}

func recoverWrapper(f func()) {
	defer func() {
		if r := recover(); r != nil {
			log.Println("recovered:", r)
		}
	}()
	f()
}

// A janitor started once at start-up: the goroutine ranges over the ticker for the rest of the
// process, so the ticker is in use for as long as the process runs.
func startJanitor() {
	ticker := time.NewTicker(time.Minute)
	go func() {
		for range ticker.C {
			removeExpired()
		}
	}()
}

// The same, the literal handed to a wrapper the go statement runs.
func startWrappedJanitor() {
	ticker := time.NewTicker(time.Minute)
	go recoverWrapper(func() {
		for {
			select {
			case <-ticker.C:
				removeExpired()
			}
		}
	})
}
