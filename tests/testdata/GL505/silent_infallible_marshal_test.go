package gl505

import (
	"encoding/json"
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
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func(n int) {
			if _, err := encodeAudit(auditEntry{User: "u", Count: n}); err != nil {
				t.Fatal(err)
			}
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}
