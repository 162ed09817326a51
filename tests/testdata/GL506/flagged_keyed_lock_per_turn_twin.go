package gl506

import "sync"

type stageConfig struct {
	Dir  string
	Meta map[string]string
}

// copyStage writes target.Meta under the lock of the key it is given.
func copyStage(src, target *stageConfig, key string) {
	metaLocks.Lock(key)
	defer metaLocks.Unlock(key)
	if target.Meta == nil {
		target.Meta = map[string]string{}
	}
	for k, v := range src.Meta {
		target.Meta[k] = v
	}
}

// CopyAllStages locks each source's own key: the goroutines hold different
// locks around the one target.
func CopyAllStages(srcs []*stageConfig, target *stageConfig) {
	var wg sync.WaitGroup
	for _, s := range srcs {
		wg.Add(1)
		go func(s *stageConfig) {
			defer wg.Done()
			copyStage(s, target, s.Dir) // want `data race on target\.Meta`
		}(s)
	}
	wg.Wait()
}
