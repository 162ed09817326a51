package gl407

import (
	"context"
	"sync"
)

type loadStat struct{ n int }

type loadRun struct{ total int }

// The same runner, but the collector returns at the first empty stat: from
// then on nothing receives, and a sender blocks in its default with the stop
// unseen.
func (s *loadRun) generate(ctx context.Context, wg *sync.WaitGroup, stats chan *loadStat, work func() int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		default:
			stats <- &loadStat{n: work()} // want `this blocks in the select's default`
		}
	}
}

func (s *loadRun) collect(stats chan *loadStat, wg *sync.WaitGroup) {
	defer wg.Done()
	for st := range stats {
		if st.n == 0 {
			return
		}
		s.total += st.n
	}
}

func (s *loadRun) run(ctx context.Context, n int, work func() int) {
	ctx, cancel := context.WithCancel(ctx)
	stats := make(chan *loadStat, 100)
	var collectorWG sync.WaitGroup
	collectorWG.Add(1)
	go s.collect(stats, &collectorWG)

	var generatorWG sync.WaitGroup
	for i := 0; i < n; i++ {
		generatorWG.Add(1)
		go s.generate(ctx, &generatorWG, stats, work)
	}
	cancel()
	generatorWG.Wait()
	close(stats)
	collectorWG.Wait()
}

type earlyRun struct{ total int }

// Closed before the senders' WaitGroup is waited for: a late send would
// panic, and nothing says the collector still runs for it.
func (s *earlyRun) generate(ctx context.Context, wg *sync.WaitGroup, stats chan *loadStat, work func() int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		default:
			stats <- &loadStat{n: work()} // want `this blocks in the select's default`
		}
	}
}

func (s *earlyRun) collect(stats chan *loadStat, wg *sync.WaitGroup) {
	defer wg.Done()
	for st := range stats {
		s.total += st.n
	}
}

func (s *earlyRun) run(ctx context.Context, n int, work func() int) {
	ctx, cancel := context.WithCancel(ctx)
	stats := make(chan *loadStat, 100)
	var collectorWG sync.WaitGroup
	collectorWG.Add(1)
	go s.collect(stats, &collectorWG)

	var generatorWG sync.WaitGroup
	for i := 0; i < n; i++ {
		generatorWG.Add(1)
		go s.generate(ctx, &generatorWG, stats, work)
	}
	cancel()
	close(stats) // want `close\(stats\) while a goroutine may still send on it`
	generatorWG.Wait()
	collectorWG.Wait()
}
