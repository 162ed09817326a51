package gl404

// Start sets the flag: Restart then waits on a channel nothing makes.
type grpcServer struct {
	running bool
	doneCh  chan struct{}
	name    string
}

func newGRPCServer(name string) *grpcServer { return &grpcServer{name: name} }

func (s *grpcServer) Start() { s.running = true }

func (s *grpcServer) Restart() {
	if s.running && s.name != "" {
		<-s.doneCh // want `s\.doneCh is never made, so it is nil: this blocks forever`
	}
}
