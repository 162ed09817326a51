package gl502

import (
	"errors"
	"sync"
)

func upload(f string) error { return errors.New(f) }

func uploadAll(files []string) error {
	var err error
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			if e := upload(f); e != nil {
				err = e // want `data race: err is written in this goroutine by every goroutine this loop starts`
			}
		}(f)
	}
	wg.Wait()
	return err
}

func count(items []int) int {
	n := 0
	var wg sync.WaitGroup
	for range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n++ // want `data race: n is written`
		}()
	}
	wg.Wait()
	return n
}

func collect(items []int) []int {
	var results []int
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			results = append(results, it*2) // want `data race: results is written`
		}(it)
	}
	wg.Wait()
	return results
}

func noWait() error {
	var err error
	go func() {
		err = upload("x") // want `err is written in this goroutine while the function uses err without waiting`
	}()
	return err
}

func named() (err error) {
	go func() {
		err = upload("y") // want `while the function returns \(writing its result err\)`
	}()
	return nil
}

func twoWriters() {
	var last string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		last = "a" // want `last is written in this goroutine and by another goroutine at the same time`
	}()
	go func() {
		defer wg.Done()
		last = "b" // want `last is written in this goroutine and by another goroutine at the same time`
	}()
	wg.Wait()
	println(last)
}
