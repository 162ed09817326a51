package gl101

// Both goroutines start on one path: two values, one slot.
func runBoth() error {
	errc := make(chan error, 1)
	go func() {
		errc <- produceLeft() // want `goroutine blocks for.ver sending on errc`
	}()
	go func() {
		errc <- produceRight()
	}()
	if err := openSource(); err != nil {
		return err
	}
	return <-errc
}
