package modchain

import "context"

// API reaches the sender through a field whose type this file does not import.
type API struct{ s *Service }

// Deploy sends through the service's relay.
func (api *API) Deploy(ctx context.Context, payload []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err := api.s.Relay.SendPrivate(context.Background(), payload) // want `context.Background\(\) drops the received ctx`
	return err
}
