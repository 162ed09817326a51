package rt

import "testing"

func TestUploadAllReportsFailure(t *testing.T) {
	files := make([]string, 32) // all empty: every upload fails
	for round := 0; round < 20; round++ {
		if err := UploadAll(files); err == nil {
			t.Fatal("UploadAll = nil, want an error")
		}
	}
}
