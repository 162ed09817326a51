package gl407

type feed struct{ items chan string }

// The default ranges over a channel field: until the channel is closed it
// blocks, and stop is never seen.
func (f *feed) collect(stop <-chan struct{}) []string {
	var got []string
	for {
		select {
		case <-stop:
			return got
		default:
			for it := range f.items { // want "this blocks in the select's default"
				got = append(got, it)
			}
		}
	}
}
