module example.com/modiface_twin

go 1.19

require example.com/grpcmd v0.0.0

replace example.com/grpcmd => ./grpcmd
