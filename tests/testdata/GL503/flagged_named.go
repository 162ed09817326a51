package gl503

func mark(seen map[string]bool, u string) {
	seen[u] = len(u) > 3
}

// Each goroutine of the loop runs a package function that writes the map.
func markAll(urls []string) map[string]bool {
	seen := make(map[string]bool)
	for _, u := range urls {
		go mark(seen, u) // want `map seen is written concurrently: the program dies\. Every goroutine this loop starts runs mark`
	}
	return seen
}
