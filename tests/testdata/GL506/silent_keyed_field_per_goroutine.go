package gl506

import "sync"

type benchSample struct {
	EventRate float64
	LostRate  float64
	Lost      int
}

func fetchRate(query string) float64 { return float64(len(query)) }

// Each goroutine gets one key of the map, and writes only the field its key selects: no two goroutines
// write the same field.
func sampleRates() benchSample {
	const (
		eventsPerSec = "events/sec"
		lostPerSec   = "lost/sec"
		lostOverall  = "lost"
	)
	queries := map[string]string{
		eventsPerSec: "rate(events[1m])",
		lostPerSec:   "rate(lost[1m])",
		lostOverall:  "lost",
	}
	var m benchSample
	var wg sync.WaitGroup
	wg.Add(len(queries))
	for field, query := range queries {
		go func(queryField, query string) {
			defer wg.Done()
			v := fetchRate(query)
			switch queryField {
			case eventsPerSec:
				m.EventRate = v
			case lostPerSec:
				m.LostRate = v
			case lostOverall:
				m.Lost = int(v)
			}
		}(field, query)
	}
	wg.Wait()
	return m
}
