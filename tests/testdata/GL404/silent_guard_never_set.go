package gl404

// The wait on exitCh sits under a flag that nothing in the package ever sets: it never runs.
type xdsServer struct {
	started bool
	exitCh  chan struct{}
	name    string
}

func newXDSServer(name string) *xdsServer { return &xdsServer{name: name} }

func (s *xdsServer) stopOld() {}

func (s *xdsServer) Restart() {
	s.stopOld()
	if s.started && s.name != "" {
		<-s.exitCh
	}
}
