module example.com/modsubcommands

go 1.19

require github.com/google/subcommands v0.0.0

replace github.com/google/subcommands => ./subcommands
