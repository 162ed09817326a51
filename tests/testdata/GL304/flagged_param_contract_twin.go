package gl304

// putBatch says nothing of enc's lock: its first Unlock may find it free.
func (f *feeder) putBatch(enc *encoder, vals []int) error {
	for start := 0; start < len(vals); start += f.batch {
		if err := enc.put(vals[start]); err != nil {
			return err // want `return with enc locked`
		}
		if start+f.batch < len(vals) {
			enc.Unlock() // want `enc may not be locked when this Unlock runs`
			enc.Lock()
		}
	}
	return nil
}
