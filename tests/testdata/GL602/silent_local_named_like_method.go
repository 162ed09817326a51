package gl602

import (
	"context"
	"net/http"
)

// Every call of probeScaling passes context.Background() (through updateScaleStatus): there is no
// cancellation for the request to lose. The local of the caller named like the method is a bool, not
// a method value handed on.

type scaleMonitor struct{ hc *http.Client }

func (m *scaleMonitor) probeScaling(ctx context.Context, url string) (bool, error) {
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
	if err != nil {
		return false, err
	}
	resp, err := m.hc.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusAccepted, nil
}

func (m *scaleMonitor) updateScaleStatus(ctx context.Context, url string) string {
	if probeScaling, err := m.probeScaling(ctx, url); err == nil && probeScaling {
		return "scaling"
	}
	return "ready"
}

func RunScaleMonitor(url string) string {
	m := &scaleMonitor{hc: http.DefaultClient}
	return m.updateScaleStatus(context.Background(), url)
}
