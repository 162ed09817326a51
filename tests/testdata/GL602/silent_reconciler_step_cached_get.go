package gl602

import (
	"context"

	claimsv1 "example.com/api/claims/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// A step of the reconciler reads, by a key of its own, a kind the controller
// watches through the manager's cache: a lookup in memory, whatever ctx says.
type ClaimReconciler struct {
	client.Client
}

func SetupClaimReconciler(mgr ctrl.Manager) error {
	r := &ClaimReconciler{Client: mgr.GetClient()}
	return ctrl.NewControllerManagedBy(mgr).For(&claimsv1.Claim{}).Watches(&claimsv1.Deployment{}, nil).Complete(r)
}

func (r *ClaimReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	claim := &claimsv1.Claim{}
	if err := r.Get(ctx, req.NamespacedName, claim); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	return ctrl.Result{}, r.reconcileForCluster(ctx, claim)
}

func (r *ClaimReconciler) reconcileForCluster(ctx context.Context, claim *claimsv1.Claim) error {
	cd := &claimsv1.Deployment{}
	if err := r.Get(context.Background(), client.ObjectKey{Namespace: claim.Namespace, Name: claim.Name}, cd); err != nil {
		return err
	}
	return r.Status().Update(ctx, claim)
}
