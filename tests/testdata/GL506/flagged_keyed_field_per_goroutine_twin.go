package gl506

import "sync"

type scrapeSample struct {
	Rate  float64
	Total float64
}

func fetchValue(query string) float64 { return float64(len(query)) }

// The switch is on the query, not on the goroutine's own key: two goroutines can have the same query,
// and both write the field.
func sampleScrape(queries map[string]string) scrapeSample {
	var m scrapeSample
	var wg sync.WaitGroup
	wg.Add(len(queries))
	for _, query := range queries {
		go func(query string) {
			defer wg.Done()
			switch query {
			case "rate":
				m.Rate = fetchValue(query) // want `data race on m\.Rate: every goroutine of this loop writes it`
			default:
				m.Total = fetchValue(query) // want `data race on m\.Total: every goroutine of this loop writes it`
			}
		}(query)
	}
	wg.Wait()
	return m
}
