package gl602

import (
	"context"

	gadgetsv1 "example.com/api/gadgets/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// The kind read is not one the package's controllers watch: the first Get starts an informer and
// waits for it to sync, a wait the request's cancellation no longer bounds.
type GadgetReconciler struct {
	client.Client
}

func SetupGadgetReconciler(mgr ctrl.Manager) error {
	r := &GadgetReconciler{Client: mgr.GetClient()}
	return ctrl.NewControllerManagedBy(mgr).For(&gadgetsv1.Gadget{}).Complete(r)
}

func (r *GadgetReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	part := &gadgetsv1.GadgetPart{}
	if err := r.Get(context.TODO(), req.NamespacedName, part); err != nil { // want `context\.TODO\(\) drops the received ctx \(ctx\)`
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	return ctrl.Result{}, r.Status().Update(ctx, part)
}
