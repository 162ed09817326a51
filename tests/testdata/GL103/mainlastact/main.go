package main

import (
	"flag"
	"log"
	"os"
)

type logger struct{ errs chan error }

// runService is main's last act on the -service path: the goroutine draining the logger's errors
// lives as long as the process.
func runService(l *logger) error {
	go func() {
		for {
			log.Println(<-l.errs)
		}
	}()
	return nil
}

func main() {
	service := flag.Bool("service", false, "run as a service")
	flag.Parse()
	l := &logger{errs: make(chan error)}
	if *service {
		if err := runService(l); err != nil {
			log.Println(err)
			os.Exit(1)
		}
		return
	}
	log.Println("nothing to do")
}
