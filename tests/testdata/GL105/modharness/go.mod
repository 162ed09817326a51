module example.com/modharness

go 1.19
