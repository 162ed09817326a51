package gl202

import "sync"

type crawler struct {
	wg   sync.WaitGroup
	seen map[string]bool
}

func (c *crawler) crawl(urls []string) {
	for _, u := range urls {
		c.wg.Add(1)
		go func(u string) {
			if u == "" {
				return // want `without calling c.wg.Done\(\)`
			}
			println("fetch", u)
			c.wg.Done()
		}(u)
	}
	c.wg.Wait()
}
