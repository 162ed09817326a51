package gl504

import "sync/atomic"

// A constructor that may hand the fresh table back early, before its
// loading step; a comment that names segIndex.loadSegments is no call of it.
type segIndex struct {
	curSeg uint64
	segs   []uint64
}

func (x *segIndex) loadSegments(ids []uint64) {
	for _, id := range ids {
		if x.curSeg < id {
			x.curSeg = id
		}
		x.segs = append(x.segs, id)
	}
}

func openSegIndex(ids []uint64) *segIndex {
	x := segIndex{}
	if len(ids) == 0 {
		return &x
	}
	x.loadSegments(ids)
	go x.rollSegments()
	return &x
}

func (x *segIndex) rollSegments() {
	for i := 0; i < 3; i++ {
		_ = atomic.AddUint64(&x.curSeg, 1)
	}
}
