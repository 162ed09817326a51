package gl602

import (
	"context"
	"log"

	"go.opencensus.io/stats"
	"go.opencensus.io/tag"
)

var eventKey, _ = tag.NewKey("event")
var eventsMeasure = stats.Int64("events", "events seen", "1")

// CountEvents records a measure per event under tags of its own: the tagged
// context only carries the tags to stats.Record, no work runs under it.
func CountEvents(ctx context.Context, events <-chan string) error {
	for {
		select {
		case ev := <-events:
			tagged, err := tag.New(context.Background(), tag.Upsert(eventKey, ev))
			if err != nil {
				log.Printf("cannot tag %q: %v", ev, err)
				continue
			}
			stats.Record(tagged, eventsMeasure.M(1))
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
