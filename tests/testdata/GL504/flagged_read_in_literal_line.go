package gl504

import "sync/atomic"

var bulkSeqNo int64

type bulkItem struct {
	ID    string
	SeqNo int64
}

func bulkDone(n int64) {
	atomic.AddInt64(&bulkSeqNo, n)
}

// The plain read is on the third line of the statement: the finding is on that line, not on `return`.
func newBulkItem(id string, n int64) bulkItem {
	return bulkItem{
		ID:    id,
		SeqNo: bulkSeqNo + n, // want `bulkSeqNo is accessed with sync/atomic elsewhere but plainly here`
	}
}
