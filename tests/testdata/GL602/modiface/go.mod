module example.com/modiface

go 1.19

require example.com/grpcmd v0.0.0

replace example.com/grpcmd => ./grpcmd
