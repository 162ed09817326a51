// Package eventhandlers maps node events to the ingresses to reconcile.
package eventhandlers

import (
	"context"

	"example.com/ctrl/client"
	"example.com/modindex_twin/controllers/ingress"
)

// NodeEvents enqueues every ingress when a node changes.
type NodeEvents struct {
	k8sClient client.Client
	queue     chan int
}

// Update is called by the controller with its context for each node event.
func (h *NodeEvents) Update(ctx context.Context, node string) {
	var all ingress.ClassList
	// a List of a kind the module never indexes: the manager makes no informer of it up front
	if err := h.k8sClient.List(context.Background(), &all); err != nil { // want "drops the received ctx"
		return
	}
	h.queue <- len(all.Items)
}
