package rt

import "testing"

func TestScanAll(t *testing.T) {
	var s Scanner
	s.ScanAll([]string{"a", "b", "c", "d", "e", "f", "g", "h"})
}
