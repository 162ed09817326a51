// Package eventhandlers maps service events to the ingresses to reconcile.
package eventhandlers

import (
	"context"

	"example.com/ctrl/client"
	"example.com/modindex/controllers/ingress"
)

// ServiceEvents enqueues the ingresses of a changed service.
type ServiceEvents struct {
	k8sClient client.Client
	queue     chan string
}

// Update is called by the controller with its context for each service event.
func (h *ServiceEvents) Update(ctx context.Context, service string) {
	ings := &ingress.IngressList{}
	// a List by a field index: served by the manager's synced cache, a read of memory
	if err := h.k8sClient.List(context.Background(), ings, client.MatchingFields{ingress.IndexKeyServiceRefName: service}); err != nil {
		return
	}
	for range ings.Items {
		h.queue <- service
	}
}
