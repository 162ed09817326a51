package gl407

import "net/http"

// A range over a field of another package's type: a slice, a map or a
// channel, goleash cannot tell, so it does not claim the loop blocks.
func drain(stop <-chan struct{}, reqs chan *http.Request, resp *http.Response) []string {
	var names []string
	for {
		select {
		case <-stop:
			return names
		default:
			for name := range resp.Header {
				names = append(names, name)
			}
		}
	}
}
