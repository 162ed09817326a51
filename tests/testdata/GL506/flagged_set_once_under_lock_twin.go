package gl506

import (
	"strings"
	"sync"
)

type reloadOpts struct {
	mu      sync.Mutex
	reloadTags []string
	done    []string
}

func listReloadTags(ref string) []string {
	return strings.Split(ref, ",")
}

// reloadOne replaces the tag list on every call, under o.mu, then ranges
// over it unlocked: another goroutine's write meets this read.
func reloadOne(ref string, o *reloadOpts) {
	o.mu.Lock()
	o.reloadTags = listReloadTags(ref)
	o.mu.Unlock()
	n := 0
	for _, t := range o.reloadTags {
		if strings.HasPrefix(t, ref) {
			n++
		}
	}
	o.mu.Lock()
	o.done = append(o.done, ref)
	o.mu.Unlock()
}

func ReloadAll(refs []string, o *reloadOpts) {
	var wg sync.WaitGroup
	for _, r := range refs {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			reloadOne(r, o) // want `data race on o\.reloadTags: reloadOne reads it unlocked while another writes it`
		}(r)
	}
	wg.Wait()
}
