module example.com/grpcmd

go 1.19
