// Package ingress reconciles ingresses.
package ingress

import (
	"context"

	"example.com/ctrl/client"
)

// IndexKeyServiceRefName indexes ingresses by the services they route to.
const IndexKeyServiceRefName = "ingress.serviceRef.name"

// Ingress routes to services.
type Ingress struct{ Services []string }

// IngressList is a list of ingresses.
type IngressList struct{ Items []Ingress }

// Class names the controller of an ingress.
type Class struct{ Controller string }

// ClassList is a list of classes.
type ClassList struct{ Items []Class }

// Setup registers the index before the manager starts.
func Setup(ctx context.Context, mgr client.Manager) error {
	return mgr.GetFieldIndexer().IndexField(ctx, &Ingress{}, IndexKeyServiceRefName, func(o interface{}) []string {
		return o.(*Ingress).Services
	})
}
