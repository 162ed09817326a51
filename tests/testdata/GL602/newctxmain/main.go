// Package main: the ctx main hands down is a Background root that klog.NewContext only put a logger on
// (the NewContext/FromContext pair of a value), passed unchanged down the calls: the
// timeout checkSocket makes from a fresh root loses nothing.
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
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
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
	logger := klog.Background()
	ctx := klog.NewContext(context.Background(), logger)
	registerNode(ctx, "/run/plugin.sock", ":8080")
}
