package gl506

import (
	"strings"
	"sync"
)

type copyOpts struct {
	mu      sync.Mutex
	tagList []string
	done    []string
}

func listTags(ref string) ([]string, error) {
	return strings.Split(ref, ","), nil
}

// copyOne loads the tag list once, under o.mu, then ranges over it
// unlocked: the list is written only while nil and never again, and every
// reader took o.mu after that write (or made it).
func copyOne(ref string, o *copyOpts) error {
	o.mu.Lock()
	if o.tagList == nil {
		tags, err := listTags(ref)
		if err != nil {
			o.mu.Unlock()
			return err
		}
		if tags == nil {
			tags = []string{}
		}
		o.tagList = tags
	}
	o.mu.Unlock()
	n := 0
	for _, t := range o.tagList {
		if strings.HasPrefix(t, ref) {
			n++
		}
	}
	o.mu.Lock()
	o.done = append(o.done, ref)
	o.mu.Unlock()
	return nil
}

func CopyAll(refs []string, o *copyOpts) {
	var wg sync.WaitGroup
	for _, r := range refs {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			_ = copyOne(r, o)
		}(r)
	}
	wg.Wait()
}
