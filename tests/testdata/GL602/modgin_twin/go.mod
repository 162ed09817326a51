module example.com/modgin_twin

go 1.19
