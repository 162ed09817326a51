package gl504

import "sync/atomic"

// The twin: the early branch starts the roller and goes on to the loading
// step, so the step runs beside it.
type logIndex struct {
	curLog uint64
	logs   []uint64
}

func (x *logIndex) loadLogs(ids []uint64) {
	for _, id := range ids {
		if x.curLog < id { // want `x\.curLog is accessed with sync/atomic elsewhere but plainly here`
			x.curLog = id // want `x\.curLog is accessed with sync/atomic elsewhere but plainly here`
		}
		x.logs = append(x.logs, id)
	}
}

func openLogIndex(ids []uint64) *logIndex {
	x := logIndex{}
	if len(ids) == 0 {
		startRoller(&x)
	}
	x.loadLogs(ids)
	return &x
}

func startRoller(x *logIndex) { go x.rollLogs() }

func (x *logIndex) rollLogs() {
	for i := 0; i < 3; i++ {
		_ = atomic.AddUint64(&x.curLog, 1)
	}
}
