module example.com/modgetter_twin

go 1.19
