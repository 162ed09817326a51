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
				err = e // want `data race on err: written here with no mutex held`
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
			n++ // want `data race on n: written here with no mutex held`
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
			results = append(results, it*2) // want `data race on results: written here with no mutex held`
		}(it)
	}
	wg.Wait()
	return results
}

func noWait() error {
	var err error
	go func() {
		err = upload("x") // want `data race on err: written here with no mutex held`
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
		last = "a" // want `data race on last: written here with no mutex held`
	}()
	go func() {
		defer wg.Done()
		last = "b" // want `data race on last: written here with no mutex held`
	}()
	wg.Wait()
	println(last)
}
