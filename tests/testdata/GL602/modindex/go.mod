module example.com/modindex

go 1.19

require example.com/ctrl v0.0.0

replace example.com/ctrl => ./ctrl
