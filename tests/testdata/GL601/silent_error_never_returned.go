package gl601

import (
	"context"
	"os"
	"time"
)

// probeHosts returns an error result that is nil on every path.
func probeHosts(ctx context.Context, hosts []string) ([]string, error) {
	alive := make([]string, 0, len(hosts))
	for _, h := range hosts {
		if ctx.Err() != nil {
			return alive, nil
		}
		alive = append(alive, h)
	}
	return alive, nil
}

// The early return sits under an error that probeHosts never gives: no path skips stopProbe.
func scanAlive(parent context.Context, hosts []string) ([]string, error) {
	probeCtx, stopProbe := context.WithTimeout(parent, time.Minute)
	alive, err := probeHosts(probeCtx, hosts)
	if err != nil {
		return nil, err
	}
	stopProbe()
	return alive, nil
}

// loadSettings is called only by runTool, which exits the process on its error.
func loadSettings(parent context.Context, path string) ([]byte, error) {
	readCtx, stopRead := context.WithTimeout(parent, time.Second)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	<-readCtx.Done()
	stopRead()
	return data, nil
}

func runTool(ctx context.Context) {
	data, err := loadSettings(ctx, "settings.json")
	if err != nil {
		os.Exit(1)
	}
	_ = data
}
