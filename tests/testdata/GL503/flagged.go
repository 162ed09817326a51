package gl503

import "sync"

func fetch(u string) bool { return u != "" }

func crawl(urls []string) map[string]bool {
	seen := make(map[string]bool)
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			seen[u] = fetch(u) // want `map seen is written concurrently: the program dies`
		}(u)
	}
	wg.Wait()
	return seen
}

func counts(words []string, m map[string]int) {
	for _, w := range words {
		go func(w string) {
			m[w]++ // want `map m is written`
		}(w)
	}
}

func readWhileWriting() int {
	var cache map[int]int = map[int]int{}
	go func() {
		delete(cache, 1) // want `concurrent map read and map write`
	}()
	return cache[1]
}
