package gl104

import (
	"context"
	"time"
)

func check() {}

func poll(ctx context.Context) {
	t := time.NewTicker(time.Second) // want `ticker t is never stopped \(Go < 1\.23\)`
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			check()
		}
	}
}

func waitTicks(n int) {
	for range time.Tick(time.Millisecond) { // want `time.Tick's ticker is never stopped`
		n--
		if n == 0 {
			return
		}
	}
}
