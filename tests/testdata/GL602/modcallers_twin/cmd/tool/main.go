package main

import (
	"context"
	"fmt"
	"time"

	"example.com/modcallers_twin/internal/db"
	"example.com/modcallers_twin/internal/probe"
	"example.com/modcallers_twin/internal/sink"
	"example.com/modcallers_twin/internal/store"
	"example.com/modcallers_twin/service"
)

type key struct{}

func main() {
	s := &store.Store{}
	tctx, stop := context.WithTimeout(context.Background(), time.Second)
	defer stop()
	fmt.Println(sink.New().Save(tctx, "k", "v"))
	fmt.Println(sink.FirstAllowed(tctx, []string{"admin"}))
	fmt.Println(probe.Probe("a"), len((&probe.Prober{}).Checks()))
	v, err := s.Load(tctx, "a")
	fmt.Println(v, err)
	ctx := context.WithValue(context.Background(), key{}, "x")
	fmt.Println(s.Refresh(ctx))
	service.Run(tctx, s)
	drain := s.Drain
	fmt.Println(drain(context.Background()))
	fmt.Println((&db.DB{}).Project(tctx, "p"))
}
