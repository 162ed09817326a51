module example.com/modcollect_twin

go 1.19
