package gl302

// The transaction committed was begun on another store: the first store's writer is still held
// when it is begun again.

func copyRows(s, other *memStore) {
	tx := s.Begin(true)
	otx := other.Begin(true)
	otx.Commit()
	tx2 := s.Begin(true) // want `s.Begin\(\) locks s.writer again while it is held here`
	tx2.Commit()
	tx.Commit()
}
