package gl602

import (
	"context"

	widgetsv1 "example.com/api/widgets/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// The reconciler reads the kind its controller watches through the manager's cached client: the
// informer is synced before any worker runs, so the Get is a lookup in memory.
type WidgetReconciler struct {
	client.Client
}

func SetupWidgetReconciler(mgr ctrl.Manager) error {
	r := &WidgetReconciler{Client: mgr.GetClient()}
	return ctrl.NewControllerManagedBy(mgr).For(&widgetsv1.Widget{}).Complete(r)
}

func (r *WidgetReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	widget := &widgetsv1.Widget{}
	if err := r.Get(context.TODO(), req.NamespacedName, widget); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	return ctrl.Result{}, r.Status().Update(ctx, widget)
}
