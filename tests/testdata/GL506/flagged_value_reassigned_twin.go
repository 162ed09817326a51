package gl506

// The same group runs twice at once: both goroutines write its field.
func oneGroupTwice() {
	ag := newAggrGroup()
	go ag.run()
	go ag.run() // want `data race on ag.flushIdx: both goroutines started here write it`
	<-ag.done
}
