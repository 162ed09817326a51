package gl602

import (
	"context"
	"net/http"
)

// The method is also handed on as a value: its calls through it are not seen, and may pass a context
// that is cancelled.

type scaleMonitorTwin struct{ hc *http.Client }

func (m *scaleMonitorTwin) probeScalingTwin(ctx context.Context, url string) (bool, error) {
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil) // want `context\.Background\(\) drops the received ctx`
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

func (m *scaleMonitorTwin) updateScaleStatusTwin(ctx context.Context, url string) (string, func(context.Context, string) (bool, error)) {
	if probeScalingTwin, err := m.probeScalingTwin(ctx, url); err == nil && probeScalingTwin {
		return "scaling", m.probeScalingTwin
	}
	return "ready", nil
}

func RunScaleMonitorTwin(url string) string {
	m := &scaleMonitorTwin{hc: http.DefaultClient}
	s, _ := m.updateScaleStatusTwin(context.Background(), url)
	return s
}
