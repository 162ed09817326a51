package gl505

import (
	"encoding/json"
	"sync"
	"testing"
)

type auditEntry struct {
	User  string
	Count int
	Tags  map[string]string
}

// encodeAudit's error is nil on every run: strings, integers and a
// string-keyed map always encode.
func encodeAudit(e auditEntry) ([]byte, error) {
	return json.Marshal(&struct {
		User  string            `json:"user"`
		Count int               `json:"count"`
		Tags  map[string]string `json:"tags"`
	}{e.User, e.Count, e.Tags})
}

func TestEncodeAuditConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if _, err := encodeAudit(auditEntry{User: "u", Count: n}); err != nil {
				t.Fatal(err)
			}
		}(i)
	}
	wg.Wait()
}
