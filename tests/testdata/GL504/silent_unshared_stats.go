package gl504

import (
	"fmt"
	"sync/atomic"
)

// ScanStats adds up the figures of many scans. Callers may Merge from several goroutines at once and
// print the total once they have all returned; nothing in this package runs two of its methods at once.
type ScanStats struct {
	Keys  int64
	Bytes int64
}

func (s *ScanStats) Merge(o *ScanStats) {
	atomic.AddInt64(&s.Keys, o.Keys)
	atomic.AddInt64(&s.Bytes, o.Bytes)
}

func (s *ScanStats) String() string {
	return fmt.Sprintf("keys %d, bytes %d", s.Keys, s.Bytes)
}

func (s *ScanStats) Reset() { s.Keys, s.Bytes = 0, 0 }
