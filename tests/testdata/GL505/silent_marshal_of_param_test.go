package gl505

import (
	"encoding/json"
	"testing"
)

type gauge struct {
	Name  string
	Value float64
}

// A float64 fails to encode when it is NaN or an infinity: the values the test hands in decide,
// the same on every run (no environment on the way). Silent.
func encodeGauge(g gauge) ([]byte, error) {
	return json.Marshal(&struct {
		Name  string  `json:"name"`
		Value float64 `json:"value"`
	}{g.Name, g.Value})
}

func encodeGauges(t *testing.T, values []float64) {
	done := make(chan struct{})
	for _, v := range values {
		go func(v float64) {
			if _, err := encodeGauge(gauge{Name: "g", Value: v}); err != nil {
				t.Fatal(err)
			}
			done <- struct{}{}
		}(v)
	}
	for range values {
		<-done
	}
}
