package gl101

// A worklist: one goroutine per item, each reporting on its own item's channel; the parent receives
// them in order through another variable (w := worklist[ended]), so every send is received.
type work struct {
	start, end chan bool
	out        []byte
}

func runAll(worklist []*work) {
	for _, w := range worklist {
		w.start = make(chan bool)
		w.end = make(chan bool)
		go func(w *work) {
			<-w.start
			w.out = []byte("done")
			w.end <- true
		}(w)
	}
	started, ended := 0, 0
	for ended < len(worklist) {
		for started < len(worklist) && started-ended < 4 {
			w := worklist[started]
			started++
			w.start <- true
		}
		w := worklist[ended]
		ended++
		<-w.end
	}
}
