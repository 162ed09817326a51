package gl203

import "sync"

type scanner struct{ mode string }

func (s *scanner) scanOne(dev string, wg *sync.WaitGroup) {
	defer wg.Done()
	_ = dev
}

// The sequential mode calls the worker in place with the group: the worker's
// deferred Done pays that element's count, as the goroutine's does.
func (s *scanner) scanAll(devs []string) {
	var wg sync.WaitGroup
	wg.Add(len(devs))
	for _, dev := range devs {
		switch s.mode {
		case "concurrent":
			go s.scanOne(dev, &wg)
		case "sequential":
			s.scanOne(dev, &wg)
		default:
			wg.Done()
		}
	}
	wg.Wait()
}
