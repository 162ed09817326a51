package gl601

import (
	"context"
	"errors"
	"os"
	"time"
)

// probeHostsStrict gives an error when a host is empty.
func probeHostsStrict(ctx context.Context, hosts []string) ([]string, error) {
	alive := make([]string, 0, len(hosts))
	for _, h := range hosts {
		if h == "" {
			return nil, errors.New("empty host")
		}
		alive = append(alive, h)
	}
	return alive, ctx.Err()
}

// The twin: probeHostsStrict can fail, and its early return skips stopProbe.
func scanAliveStrict(parent context.Context, hosts []string) ([]string, error) {
	probeCtx, stopProbe := context.WithTimeout(parent, time.Minute)
	alive, err := probeHostsStrict(probeCtx, hosts)
	if err != nil {
		return nil, err // want `stopProbe is not called on this path`
	}
	stopProbe()
	return alive, nil
}

// loadSettingsLogged is called by runToolLogged, which goes on after the error.
func loadSettingsLogged(parent context.Context, path string) ([]byte, error) {
	readCtx, stopRead := context.WithTimeout(parent, time.Second)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // want `stopRead is not called on this path`
	}
	<-readCtx.Done()
	stopRead()
	return data, nil
}

func runToolLogged(ctx context.Context) {
	data, err := loadSettingsLogged(ctx, "settings.json")
	if err != nil {
		println("no settings")
	}
	_ = data
}
