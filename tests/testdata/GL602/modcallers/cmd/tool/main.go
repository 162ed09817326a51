package main

import (
	"context"
	"fmt"
	"time"

	"example.com/modcallers/internal/db"
	"example.com/modcallers/internal/probe"
	"example.com/modcallers/internal/sink"
	"example.com/modcallers/internal/store"
	"example.com/modcallers/other"
	"example.com/modcallers/service"
)

type key struct{}

func main() {
	s := &store.Store{}
	v, err := s.Load(context.Background(), "a")
	fmt.Println(v, err)
	ctx := context.WithValue(context.Background(), key{}, "x")
	fmt.Println(s.Refresh(ctx))
	service.Run(context.TODO(), s)
	tctx, stop := context.WithTimeout(context.Background(), time.Second)
	defer stop()
	fmt.Println(sink.New().Save(tctx, "k", "v"))
	fmt.Println(sink.FirstAllowed(tctx, []string{"admin"}))
	fmt.Println(probe.Probe("a"), len((&probe.Prober{}).Checks()))
	fmt.Println(other.Load(tctx, "b"))
	fmt.Println((&db.DB{}).Project(context.Background(), "p"))
}
