package gl602

import (
	"context"

	claimsv1 "example.com/api/claims/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// A step of the reconciler reads a kind no controller of the package watches:
// the first Get starts an informer and waits for its sync, unbounded by ctx.
type ClaimReconcilerTwin struct {
	client.Client
}

func SetupClaimReconcilerTwin(mgr ctrl.Manager) error {
	r := &ClaimReconcilerTwin{Client: mgr.GetClient()}
	return ctrl.NewControllerManagedBy(mgr).For(&claimsv1.Claim{}).Watches(&claimsv1.Deployment{}, nil).Complete(r)
}

func (r *ClaimReconcilerTwin) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	claim := &claimsv1.Claim{}
	if err := r.Get(ctx, req.NamespacedName, claim); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	return ctrl.Result{}, r.reconcileForCluster(ctx, claim)
}

func (r *ClaimReconcilerTwin) reconcileForCluster(ctx context.Context, claim *claimsv1.Claim) error {
	cd := &claimsv1.Secret{}
	if err := r.Get(context.Background(), client.ObjectKey{Namespace: claim.Namespace, Name: claim.Name}, cd); err != nil { // want `context\.Background\(\) drops the received ctx \(ctx\)`
		return err
	}
	return r.Status().Update(ctx, claim)
}
