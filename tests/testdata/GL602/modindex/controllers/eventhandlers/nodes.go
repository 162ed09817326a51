// Package eventhandlers maps node events to the ingresses to reconcile.
package eventhandlers

import (
	"context"

	"example.com/ctrl/client"
	"example.com/modindex/controllers/ingress"
)

// NodeEvents enqueues every ingress when a node changes.
type NodeEvents struct {
	k8sClient client.Client
	queue     chan int
}

// Update is called by the controller with its context for each node event.
func (h *NodeEvents) Update(ctx context.Context, node string) {
	var all ingress.IngressList
	// a List of a kind the module indexes: its informer is synced before any handler runs, a read of memory
	if err := h.k8sClient.List(context.Background(), &all); err != nil {
		return
	}
	h.queue <- len(all.Items)
}
