module example.com/modharness_twin

go 1.19
