package gl104

import (
	"context"
	"time"
)

func stopped(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

type svc struct{ t *time.Ticker }

func handedOn(s *svc) {
	t := time.NewTicker(time.Second)
	s.t = t
}

// A loop that never exits: the function runs as long as the process.
func forever() {
	for range time.Tick(time.Minute) {
		check()
	}
}

func timer(d time.Duration) {
	t := time.NewTimer(d)
	<-t.C
}
