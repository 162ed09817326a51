package gl203

import "sync"

type prober struct{ mode string }

func (p *prober) probeOne(dev string, wg *sync.WaitGroup) {
	defer wg.Done()
	_ = dev
}

func (p *prober) note(dev string, wg *sync.WaitGroup) { _, _ = dev, wg }

// The in-place branch hands the group to a function that never calls Done on
// it: that element's count is never paid.
func (p *prober) probeAll(devs []string) {
	var wg sync.WaitGroup
	wg.Add(len(devs)) // want `wg.Add\(len\(devs\)\) counts every element`
	for _, dev := range devs {
		if p.mode == "concurrent" {
			go p.probeOne(dev, &wg)
		} else {
			p.note(dev, &wg)
		}
	}
	wg.Wait()
}
