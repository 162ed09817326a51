module example.com/modexit_twin

go 1.19
