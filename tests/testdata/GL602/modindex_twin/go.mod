module example.com/modindex_twin

go 1.19

require example.com/ctrl v0.0.0

replace example.com/ctrl => ./ctrl
