package gl407

import (
	"context"
	"sync"
)

type opStat struct{ n int }

type simulation struct{ total int }

// generate and poll send on the stats channel they are handed, in their
// select's default; every start gives them the runner's channel, which the
// collector started first ranges over until the runner closes it, once both
// WaitGroups of the senders are done: a send always finds the collector.
func (s *simulation) generate(ctx context.Context, wg *sync.WaitGroup, stats chan *opStat, work func() int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		default:
			stats <- &opStat{n: work()}
		}
	}
}

func (s *simulation) poll(ctx context.Context, wg *sync.WaitGroup, stats chan *opStat, work func() int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		default:
			stats <- &opStat{n: -work()}
		}
	}
}

func (s *simulation) collect(stats chan *opStat, wg *sync.WaitGroup) {
	defer wg.Done()
	for st := range stats {
		s.total += st.n
	}
}

func (s *simulation) run(ctx context.Context, n int, work func() int) {
	ctx, cancel := context.WithCancel(ctx)
	stats := make(chan *opStat, 100)
	var collectorWG sync.WaitGroup
	collectorWG.Add(1)
	go s.collect(stats, &collectorWG)

	var pollerWG, generatorWG sync.WaitGroup
	for i := 0; i < n; i++ {
		pollerWG.Add(1)
		go s.poll(ctx, &pollerWG, stats, work)
		generatorWG.Add(1)
		go s.generate(ctx, &generatorWG, stats, work)
	}
	cancel()
	pollerWG.Wait()
	generatorWG.Wait()
	close(stats)
	collectorWG.Wait()
}
