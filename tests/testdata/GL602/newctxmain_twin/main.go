// Package main: main gives the logger a context with a deadline, and checkSocket drops it.
package main

import (
	"context"
	"net"
	"net/http"
	"time"

	"k8s.io/klog/v2"
)

func probe(ctx context.Context, path string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(10 * time.Millisecond):
		return nil
	}
}

func checkSocket(ctx context.Context, path string) error {
	klog.FromContext(ctx).Info("checking", "path", path)
	if err := probe(ctx, path+".lock"); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) drops the received ctx`
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return err
	}
	return conn.Close()
}

func serveHealth(ctx context.Context, path, addr string) {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := checkSocket(ctx, path); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	})
	klog.FromContext(ctx).Error(http.ListenAndServe(addr, mux), "")
}

func registerNode(ctx context.Context, path, addr string) {
	go serveHealth(ctx, path, addr)
	select {}
}

func main() {
	ctx, stop := context.WithTimeout(context.Background(), time.Hour)
	defer stop()
	logger := klog.Background()
	ctx = klog.NewContext(ctx, logger)
	registerNode(ctx, "/run/plugin.sock", ":8080")
}
