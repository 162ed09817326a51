package gl102

type releaser struct {
	ticks chan int
}

func (r *releaser) keep(c chan bool) {
	select {
	case r.ticks <- 1:
	default:
	}
}

// The goroutine handed release never closes it.
func releaseNever(r *releaser) {
	release := make(chan bool)
	go r.keep(release)
	<-release // want `receive from release blocks for.ver`
}
