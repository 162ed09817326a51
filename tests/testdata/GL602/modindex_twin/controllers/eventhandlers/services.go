// Package eventhandlers maps service events to the ingresses to reconcile.
package eventhandlers

import (
	"context"

	"example.com/ctrl/client"
	"example.com/modindex_twin/controllers/ingress"
)

// ServiceEvents enqueues the ingresses of a changed service.
type ServiceEvents struct {
	k8sClient client.Client
	queue     chan string
}

// Update is called by the controller with its context for each service event.
func (h *ServiceEvents) Update(ctx context.Context, service string) {
	ings := &ingress.IngressList{}
	// a List by a field the module never indexes: the cache cannot serve it, it goes elsewhere
	if err := h.k8sClient.List(context.Background(), ings, client.MatchingFields{ingress.FieldServiceName: service}); err != nil { // want "drops the received ctx"
		return
	}
	for range ings.Items {
		h.queue <- service
	}
}
